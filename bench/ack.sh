# Benchmark "ack": PUT /api/v1/posts/{id}/acknowledgement, every request with another person's token, through the API
# (wrk) and, as the baseline, the endpoint's own INSERT … ON CONFLICT DO NOTHING (pgbench) on the same table, at 8
# and 32 connections, in the same run. Sourced by bench/run.sh.

PEOPLE=${BENCH_PEOPLE:-50000}
UNITS=${BENCH_UNITS:-5000}
ACK_PEOPLE=${BENCH_ACK_PEOPLE:-10000}
DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-20}
WARMUP_MAX=${BENCH_WARMUP_MAX:-180}
CONNECTION_LEVELS=(${BENCH_CONNECTION_LEVELS:-8 32})
THREADS=${BENCH_THREADS:-2}
ROUNDS=${BENCH_ROUNDS:-2}
ACK_SQL="$BENCH_DIR/sql/acknowledge.sql"

TOKEN=
POST=
CONNECTIONS=
declare -A API_TOTAL=() SQL_TOTAL=() INSERTED=()
API_ROUNDS=()
SQL_ROUNDS=()

bench_main() {
	(($# == 0)) || fail "ack takes no arguments; settings are environment variables (bench/README.md)"
	require "java node curl psql pgbench wrk awk" "see bench/README.md (Debian: apt-get install wrk postgresql-client)"
	mkdir -p "$BENCH_DIR/results"
	RESULT_FILE="$BENCH_DIR/results/ack-$(date +%Y-%m-%d-%H%M%S).txt"
	: >"$RESULT_FILE"
	say "# Budkavle bench: acknowledgements through the API against the same INSERT … ON CONFLICT DO NOTHING"
	say "$(date -Is), commit $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)," \
		"$CORES cores ($(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo))," \
		"$(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)"
	say "load average at start: $(load_average)"
	build_jar
	generate_organisation
	start_hub
	TOKEN=$(admin_token)
	import_organisation
	publish_post
	issue_tokens
	write_pgbench_script
	sql "vacuum analyze"
	check_acknowledgement
	for CONNECTIONS in "${CONNECTION_LEVELS[@]}"; do
		measure
	done
	summarise
}

# A post to the whole organisation asking for acknowledgement, written as publication leaves it: the post, its target
# (the root unit with subunits) and its audience, every active person with their primary unit.
publish_post() {
	note "publishing a post to the whole organisation"
	POST=$(sql "with p as (
			insert into post (author_id, title, body_markdown, body_html, excerpt, priority, language, comments_enabled,
			                  ack_required, ack_deadline, status, publish_at, published_at)
			select id, 'Bench: läs och bekräfta', 'x', '<p>x</p>', 'x', 'NORMAL', 'sv', false, true,
			       now() + interval '7 days', 'PUBLISHED', now(), now()
			from person where external_id = 'demo-admin' returning id)
		select id from p")
	sql "insert into post_target select '$POST', id, true from unit where parent_id is null;
		insert into post_audience (post_id, person_id, unit_id)
		select '$POST', m.person_id, m.unit_id from membership m join person p on p.id = m.person_id and p.active
		where m.is_primary;
		update post set audience_size = (select count(*) from post_audience where post_id = '$POST') where id = '$POST'"
	say "post $POST to the whole organisation: audience $(sql "select audience_size from post where id = '$POST'")"
}

# ACK_PEOPLE people of the audience, numbered for pgbench, and a demo token for each (POST /demo/token, as the
# members bench gets its admin token), in the same order, for wrk.
issue_tokens() {
	note "issuing ${ACK_PEOPLE} demo tokens"
	sql "create table bench_ack_person as
		select row_number() over (order by md5(person_id::text)) as n, person_id from post_audience
		where post_id = '$POST' order by md5(person_id::text) limit $ACK_PEOPLE;
		alter table bench_ack_person add primary key (n)"
	sql "select person_id from bench_ack_person order by n" >"$WORK/people.txt"
	issue_tokens_for "$WORK/people.txt" "$WORK/tokens.txt"
	say "tokens: $(wc -l <"$WORK/tokens.txt") people of the audience, each request the next one's token"
}

# pgbench's script: the person of the same list, then bench/sql/acknowledge.sql as it stands.
write_pgbench_script() {
	{
		echo "\\set n random(1, $ACK_PEOPLE)"
		echo 'select person_id as "personId" from bench_ack_person where n = :n \gset'
		cat "$ACK_SQL"
		echo ';'
	} >"$WORK/ack.pgbench"
}

check_acknowledgement() {
	local first second
	first=$(curl -fsS --max-time 30 -X PUT -H "Authorization: Bearer $(head -1 "$WORK/tokens.txt")" "$(ack_url)") \
		|| fail "PUT $(ack_url) failed"
	second=$(curl -fsS --max-time 30 -X PUT -H "Authorization: Bearer $(head -1 "$WORK/tokens.txt")" "$(ack_url)")
	[[ "$first" == "$second" ]] || fail "a repeated acknowledgement answered $second after $first"
	say "check: PUT answers $first, and the same again when repeated"
}

ack_url() {
	echo "$HUB_URL/api/v1/posts/$POST/acknowledgement"
}

# Nobody has acknowledged: each measurement starts from the same state (fresh inserts first, repeats once every
# person of the list has been used).
reset_acknowledgements() {
	sql "delete from acknowledgement where post_id = '$POST'; delete from event where topic = 'acknowledgements:$POST'"
	sql "vacuum acknowledgement"
}

measure() {
	local round
	say ""
	say "${CONNECTIONS} connections (${THREADS} threads): ${ROUNDS} round(s) of ${DURATION} s per side."
	warm_up_api
	reset_acknowledgements
	run_pgbench "$WARMUP" "$WORK/pgbench-warmup"
	API_TOTAL[$CONNECTIONS]="0 0"
	SQL_TOTAL[$CONNECTIONS]="0 0"
	for ((round = 1; round <= ROUNDS; round++)); do
		if ((round % 2)); then
			measure_api "$round"
			measure_sql "$round"
		else
			measure_sql "$round"
			measure_api "$round"
		fi
	done
}

warm_up_api() {
	local seconds=$WARMUP jit_before jit_after gc
	note "API at ${CONNECTIONS} connections: warm-up, ${WARMUP} to ${WARMUP_MAX} s until the JIT compiler is done"
	reset_acknowledgements
	run_wrk "$WARMUP" "$WORK/wrk-warmup"
	while ((seconds < WARMUP_MAX)); do
		read -r jit_before gc < <(hub_jit_gc_ticks)
		run_wrk 5 "$WORK/wrk-warmup"
		read -r jit_after gc < <(hub_jit_gc_ticks)
		seconds=$((seconds + 5))
		(((jit_after - jit_before) * 100 < 25 * CLK_TCK)) && break
	done
	say "API warm-up: ${seconds} s"
}

run_wrk() {
	local pair
	run_tool "$2" wrk -t "$THREADS" -c "$CONNECTIONS" -d "${1}s" --timeout 10s -s "$BENCH_DIR/wrk/ack.lua" \
		"$(ack_url)" -- "$WORK/tokens.txt" || { cat "$2.out" "$2.err" >&2; fail "wrk failed"; }
	declare -gA WRK=()
	for pair in $(grep '^WRK ' "$2.out" | cut -d ' ' -f 2-); do
		WRK[${pair%%=*}]=${pair#*=}
	done
	((${WRK[requests]:-0} > 0)) || { cat "$2.out" "$2.err" >&2; fail "wrk made no requests"; }
	((WRK[non2xx] == 0 && WRK[socket_errors] == 0)) || { cat "$2.out" >&2; fail "the API answered ${WRK[non2xx]} of" \
		"${WRK[requests]} requests with a status other than 2xx, and ${WRK[socket_errors]} failed at the socket"; }
}

run_pgbench() {
	rm -f "$2".log*
	run_tool "$2" env PGCONNECT_TIMEOUT=10 pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$1" \
		-f "$WORK/ack.pgbench" -D postId="$POST" -D now="$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
		-l --sampling-rate=0.1 --log-prefix="$2.log" -h 127.0.0.1 -p "$PG_PORT" -U postgres budkavle \
		|| { cat "$2.out" "$2.err" >&2; fail "pgbench failed"; }
	grep -q '^number of failed transactions: 0 ' "$2.out" || { cat "$2.out" >&2; fail "pgbench had failed transactions"; }
}

acknowledged() {
	sql "select count(*) from acknowledgement where post_id = '$POST'"
}

measure_api() {
	local load cpu rate total
	note "${CONNECTIONS} connections, round $1, API: measuring ${DURATION} s (load average $(load_average))"
	reset_acknowledgements
	load=$(load_average)
	cpu_mark
	run_wrk "$DURATION" "$WORK/wrk-$1"
	cpu=$(cpu_report wrk "$(cat "$WORK/wrk-$1.time")" "${WRK[requests]}")
	rate=$(awk -v n="${WRK[requests]}" -v us="${WRK[duration_us]}" 'BEGIN { printf "%.1f", n / (us / 1e6) }')
	read -r -a total <<<"${API_TOTAL[$CONNECTIONS]}"
	API_TOTAL[$CONNECTIONS]="$((total[0] + WRK[requests])) $((total[1] + WRK[duration_us]))"
	API_ROUNDS+=("$(printf '%s conn, round %s: %s requests/s (%s requests, all 2xx, %s new acknowledgements), load average before %s\n         latency %s\n         %s' \
		"$CONNECTIONS" "$1" "$rate" "${WRK[requests]}" "$(acknowledged)" "$load" \
		"$(awk -v p50="${WRK[p50_us]}" -v p99="${WRK[p99_us]}" -v mean="${WRK[mean_us]}" -v max="${WRK[max_us]}" \
			'BEGIN { printf "p50 %.1f ms, p99 %.1f ms, mean %.1f ms, max %.0f ms", p50 / 1000, p99 / 1000, mean / 1000, max / 1000 }')" \
		"$cpu")")
}

measure_sql() {
	local load cpu tps count total
	note "${CONNECTIONS} connections, round $1, SQL: measuring ${DURATION} s (load average $(load_average))"
	reset_acknowledgements
	load=$(load_average)
	cpu_mark
	run_pgbench "$DURATION" "$WORK/pgbench-$1"
	count=$(awk -F': ' '/^number of transactions actually processed/ { print $2 }' "$WORK/pgbench-$1.out")
	cpu=$(cpu_report pgbench "$(cat "$WORK/pgbench-$1.time")" "$count")
	tps=$(awk '/^tps = / { printf "%.1f", $3 }' "$WORK/pgbench-$1.out")
	read -r -a total <<<"${SQL_TOTAL[$CONNECTIONS]}"
	SQL_TOTAL[$CONNECTIONS]="$((total[0] + count)) $((total[1] + $(awk -v n="$count" -v r="$tps" 'BEGIN { printf "%d", n / r * 1e6 }')))"
	SQL_ROUNDS+=("$(printf '%s conn, round %s: %s transactions/s (%s transactions, none failed, %s new acknowledgements), load average before %s\n         latency average %s ms, %s\n         %s' \
		"$CONNECTIONS" "$1" "$tps" "$count" "$(acknowledged)" "$load" "$(awk '/^latency average/ { print $4 }' "$WORK/pgbench-$1.out")" \
		"$(cat "$WORK/pgbench-$1".log* | percentiles)" "$cpu")")
}

percentiles() {
	awk '{ print $3 }' | sort -n | awk '{ v[NR] = $1 } END {
		printf "p50 %.1f ms, p99 %.1f ms (10 %% sample)", v[int(NR * .5) + 1] / 1000, v[int(NR * .99) + 1] / 1000 }'
}

rate_of() {
	awk -v n="$1" -v us="$2" 'BEGIN { printf "%.1f", n / (us / 1e6) }'
}

summarise() {
	local round c api sql
	say ""
	say "API  PUT .../acknowledgement, each request another person's bearer token, wrk:"
	for round in "${API_ROUNDS[@]}"; do say "     $round"; done
	say "SQL  bench/sql/acknowledge.sql (the endpoint's statement) for a random person of the same list, pgbench -M prepared:"
	for round in "${SQL_ROUNDS[@]}"; do say "     $round"; done
	say ""
	for c in "${CONNECTION_LEVELS[@]}"; do
		api=$(rate_of ${API_TOTAL[$c]})
		sql=$(rate_of ${SQL_TOTAL[$c]})
		say "${c} connections: API ${api} requests/s, SQL ${sql} transactions/s: ratio API/SQL" \
			"$(awk -v a="$api" -v s="$sql" 'BEGIN { printf "%.2f", a / s }')"
	done
	say "hub memory at the end: $(hub_memory)"
	say "load average at the end: $(load_average)"
	note "results written to ${RESULT_FILE#"$ROOT"/}"
}
