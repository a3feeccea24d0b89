# Benchmark "feed": GET /api/v1/feed?limit=20 (the first page) for one person of a 50,000-person organisation with
# 2,000 published posts, through the API (wrk) and, as the baseline, the very SQL of the feed (pgbench), on the same
# database, with the same duration and concurrency, in the same run. Sourced by bench/run.sh.

PEOPLE=${BENCH_PEOPLE:-50000}
UNITS=${BENCH_UNITS:-5000}
POSTS=${BENCH_POSTS:-2000}
DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-20}
WARMUP_MAX=${BENCH_WARMUP_MAX:-180}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
THREADS=${BENCH_THREADS:-2}
ROUNDS=${BENCH_ROUNDS:-2}
PAGE=20
NIL_UUID=00000000-0000-0000-0000-000000000000
# The first page: rank -1 comes before every post, so the time and id after it do not matter.
AFTER_AT=1970-01-01T00:00:00Z
FEED_SQL="$BENCH_DIR/sql/feed.sql"
NOW=

TOKEN=
PERSON=
API_ROUNDS=()
SQL_ROUNDS=()
API_TOTAL=(0 0)
SQL_TOTAL=(0 0)

bench_main() {
	(($# == 0)) || fail "feed takes no arguments; settings are environment variables (bench/README.md)"
	require "java node curl psql pgbench wrk awk" "see bench/README.md (Debian: apt-get install wrk postgresql-client)"
	mkdir -p "$BENCH_DIR/results"
	RESULT_FILE="$BENCH_DIR/results/feed-$(date +%Y-%m-%d-%H%M%S).txt"
	: >"$RESULT_FILE"
	say "# Budkavle bench: the feed of one person among ${PEOPLE} with ${POSTS} posts, API against the same SQL"
	say "$(date -Is), commit $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)," \
		"$CORES cores ($(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo))," \
		"$(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)"
	say "load average at start: $(load_average)"
	build_jar
	generate_organisation
	start_hub
	TOKEN=$(admin_token)
	import_organisation
	create_posts
	settle_database
	choose_person
	check_first_page
	explain_query
	measure
	summarise
}

generate_organisation() {
	note "generating ${PEOPLE} people in ${UNITS} units (bench/generate-org.mjs)"
	timeout 300 node "$BENCH_DIR/generate-org.mjs" "$PEOPLE" "$UNITS" >"$WORK/org.jsonl" 2>"$WORK/generate.log" \
		|| { cat "$WORK/generate.log" >&2; fail "generating the organisation failed"; }
	say "organisation file: $(cat "$WORK/generate.log"), $(($(wc -c <"$WORK/org.jsonl") / 1024)) KB"
}

import_organisation() {
	local answer status seconds
	note "importing the organisation through POST /api/v1/admin/directory/imports"
	answer=$(curl -sS --max-time "${BENCH_IMPORT_TIMEOUT:-1200}" -o "$WORK/import.json" -w '%{http_code} %{time_total}' \
		-H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/x-ndjson' \
		--data-binary "@$WORK/org.jsonl" "$HUB_URL/api/v1/admin/directory/imports") || fail "the import request failed"
	read -r status seconds <<<"$answer"
	[[ "$status" == 2* ]] || { head -c 2000 "$WORK/import.json" >&2; fail "the import answered $status"; }
	say "import (replaces the seeded demo organisation): $(printf '%.1f' "$seconds") s wall time;" \
		"$(json 'Object.entries(v.changes).filter(([, n]) => n).map(([k, n]) => k + " " + n).join(", ")' <"$WORK/import.json")"
}

# Statistics and visibility maps as autovacuum would leave them, so that the measurements neither see a fresh
# import's plans and heap fetches nor autovacuum catching up mid-run. A VACUUM leaves the pages whose dead items it
# removed not yet all-visible (the import rewrites unit_closure whole), so it runs until the tables the query reads
# are all-visible, at most 5 times.
settle_database() {
	local passes=1
	note "VACUUM ANALYZE"
	sql "vacuum analyze"
	while (($(sql "select count(*) from pg_class where relname in ('person', 'membership', 'unit_closure', 'post', 'post_audience', 'post_target')
			and relallvisible < relpages") > 0 && passes < 5)); do
		sql "vacuum"
		passes=$((passes + 1))
	done
	say "database settled (VACUUM ANALYZE, then $((passes - 1)) more VACUUM), all-visible pages: $(sql "select
		string_agg(relname || ' ' || round(100.0 * relallvisible / greatest(relpages, 1)) || ' %', ', ' order by relname)
		from pg_class where relname in ('person', 'membership', 'unit_closure', 'post', 'post_audience', 'post_target')")"
}

# POSTS posts by the admin persona, stored as scheduled posts that are due, so that the hub's own publication job
# publishes them (resolving every audience) as it would in production. Targets, deterministic: 10 to the whole city,
# 90 to an administration, 400 to a department, the rest to an enhet, all with subunits; every tenth is IMPORTANT.
create_posts() {
	local deadline
	note "creating ${POSTS} posts; the hub's publication job publishes them"
	sql "with admin as (select id from person where external_id = 'demo-admin'),
		chosen as (
			select g.n, case
				when g.n <= 10 then (select id from unit where kind = 'ORGANISATION' limit 1)
				when g.n <= 100 then (select id from unit where kind = 'ADMINISTRATION' order by external_id
					offset (g.n % 14) limit 1)
				when g.n <= 500 then (select id from unit where kind = 'DEPARTMENT' order by external_id
					offset (g.n * 7 % 84) limit 1)
				else (select id from unit where kind = 'UNIT' order by external_id
					offset (g.n * 13 % (select count(*) from unit where kind = 'UNIT')) limit 1) end as unit_id
			from generate_series(1, $POSTS) as g(n)),
		posts as (
			insert into post (author_id, title, body_markdown, body_html, excerpt, priority, language, comments_enabled,
			                  status, publish_at, created_at, updated_at)
			select (select id from admin), 'Nyhet ' || c.n, 'Text **' || c.n || '**', '<p>Text <strong>' || c.n
			       || '</strong></p>', 'Text ' || c.n, case when c.n % 10 = 0 then 'IMPORTANT' else 'NORMAL' end, 'sv',
			       true, 'SCHEDULED', now() - make_interval(mins => $POSTS - c.n), now(), now()
			from chosen c order by c.n
			returning id, title)
		insert into post_target (post_id, unit_id, include_subunits)
		select p.id, c.unit_id, true from posts p join chosen c on 'Nyhet ' || c.n = p.title" >/dev/null
	deadline=$((SECONDS + ${BENCH_PUBLISH_TIMEOUT:-300}))
	until (($(sql "select count(*) from post where status = 'SCHEDULED'") == 0)); do
		((SECONDS < deadline)) || fail "the publication job did not publish the posts within ${BENCH_PUBLISH_TIMEOUT:-300} s"
		sleep 2
	done
	say "posts: $(sql "select count(*) || ' published, ' || sum(audience_size) || ' audience rows, '
		|| count(*) filter (where priority = 'IMPORTANT') || ' important' from post where status = 'PUBLISHED'")"
}

# The person with the median feed among those with more than one page (so the page has a next cursor); half of their posts are marked read, so the feed mixes
# important unread, important read and normal posts. Their token comes from the demo sign-in.
choose_person() {
	local row count
	row=$(sql "with feeds as (select person_id, count(*) as posts from post_audience group by person_id
		having count(*) > $PAGE)
		select person_id, posts from feeds order by posts, person_id
		offset (select count(*) / 2 from feeds) limit 1")
	IFS='|' read -r PERSON count <<<"$row"
	[[ -n "$PERSON" ]] || fail "nobody has a feed"
	sql "insert into post_read (post_id, person_id, first_read_at)
		select post_id, person_id, now() from post_audience where person_id = '$PERSON' and random() < 0.5" >/dev/null
	sql "vacuum analyze post_read"
	TOKEN=$(curl -fsS --max-time 30 -H 'Content-Type: application/json' -d "{\"personId\":\"$PERSON\"}" \
		"$HUB_URL/demo/token" | json 'v.access_token') || fail "POST /demo/token for $PERSON failed"
	NOW=$(sql "select to_char(now() at time zone 'utc', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
	say "person: $PERSON, the median feed: $count posts, $(sql "select count(*) from post_read where person_id = '$PERSON'") read"
}

# Runs bench/sql/feed.sql in psql with pgbench's values (psql inserts :name as raw text, so quoted here).
feed_sql() {
	sql - -v personId="'$PERSON'" -v now="'$NOW'" -v afterRank=-1 -v afterAt="'$AFTER_AT'" \
		-v afterId="'$NIL_UUID'" -v limit=$((PAGE + 1))
}

# The API's first page and the SQL's first rows are the same posts in the same order, and there is a next page.
check_first_page() {
	local page
	page=$(curl -fsS --max-time 30 -H "Authorization: Bearer $TOKEN" "$(feed_url)") || fail "GET $(feed_url) failed"
	[[ $(json 'v.next ? "yes" : "no"' <<<"$page") == yes ]] || fail "the first page of the feed has no next page"
	diff <(json 'v.items.map((m) => m.id).join("\n")' <<<"$page") \
		<(feed_sql <"$FEED_SQL" | head -$PAGE | cut -d '|' -f 1) >/dev/null \
		|| fail "the API's first page differs from the SQL's first $PAGE rows"
	say "first page: ${PAGE} posts and a next cursor, the same posts in the same order as the SQL;" \
		"$(printf '%s' "$page" | wc -c) bytes of JSON"
	explain_query
}

explain_query() {
	local plan
	plan=$({ echo 'explain (analyze, buffers)'; cat "$FEED_SQL"; } | feed_sql)
	{
		echo "EXPLAIN (ANALYZE, BUFFERS) of bench/sql/feed.sql, first page, in a new session:"
		echo "$plan"
	} >>"$RESULT_FILE"
	say "EXPLAIN ANALYZE (plan in the results file): $(grep -E 'Planning Time|Execution Time' <<<"$plan" \
		| tr -s ' ' | paste -sd ';' -)"
}

feed_url() {
	echo "$HUB_URL/api/v1/feed?limit=$PAGE"
}

# Warm-up of each side, then ROUNDS rounds of both, in the order API SQL, SQL API, ... so that a load that other
# processes put on the machine, rising or falling, weighs on both sides alike.
measure() {
	local round
	say ""
	say "Measured: ${ROUNDS} round(s) of ${DURATION} s for each side at ${CONNECTIONS} connections (${THREADS} threads)."
	warm_up_api
	note "SQL: ${WARMUP} s warm-up"
	run_pgbench "$WARMUP" "$WORK/pgbench-warmup"
	say "SQL warm-up: ${WARMUP} s"
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

# The hub is measured warm, as it runs in production: at least WARMUP seconds of load, then on in 5 s steps until its
# JIT compiler threads use less than 0.05 cores (on 2 busy cores C2 needs one to two minutes), at most WARMUP_MAX.
warm_up_api() {
	local seconds=$WARMUP jit_before jit_after gc rates=()
	note "API: warm-up, ${WARMUP} to ${WARMUP_MAX} s until the hub's JIT compiler is done"
	run_wrk "$WARMUP" "$WORK/wrk-warmup"
	rates+=("$(wrk_rate)")
	while ((seconds < WARMUP_MAX)); do
		read -r jit_before gc < <(hub_jit_gc_ticks)
		run_wrk 5 "$WORK/wrk-warmup"
		read -r jit_after gc < <(hub_jit_gc_ticks)
		seconds=$((seconds + 5))
		rates+=("$(wrk_rate)")
		# (jit_after - jit_before) / CLK_TCK / 5 s < 0.05 cores
		(((jit_after - jit_before) * 100 < 25 * CLK_TCK)) && break
	done
	say "API warm-up: ${seconds} s$( ((seconds >= WARMUP_MAX)) && echo " (the limit; the JIT compiler was still busy)")," \
		"requests/s went ${rates[0]} (first ${WARMUP} s) to ${rates[-1]} (last 5 s)"
}

wrk_rate() {
	awk -v n="${WRK[requests]}" -v us="${WRK[duration_us]}" 'BEGIN { printf "%.0f", n / (us / 1e6) }'
}

# run_wrk SECONDS OUT: the load on the API, counting every non-2xx answer.
run_wrk() {
	local pair
	run_tool "$2" wrk -t "$THREADS" -c "$CONNECTIONS" -d "${1}s" --timeout 10s -s "$BENCH_DIR/wrk/summary.lua" \
		-H "Authorization: Bearer $TOKEN" "$(feed_url)" || { cat "$2.out" "$2.err" >&2; fail "wrk failed"; }
	declare -gA WRK=()
	for pair in $(grep '^WRK ' "$2.out" | cut -d ' ' -f 2-); do
		WRK[${pair%%=*}]=${pair#*=}
	done
	((${WRK[requests]:-0} > 0)) || { cat "$2.out" "$2.err" >&2; fail "wrk made no requests"; }
	((WRK[non2xx] == 0 && WRK[socket_errors] == 0)) || { cat "$2.out" >&2; fail "the API answered ${WRK[non2xx]} of" \
		"${WRK[requests]} requests with a status other than 2xx, and ${WRK[socket_errors]} failed at the socket"; }
}

measure_api() {
	local load cpu rate
	note "round $1, API: measuring ${DURATION} s (load average $(load_average))"
	load=$(load_average)
	cpu_mark
	run_wrk "$DURATION" "$WORK/wrk-$1"
	cpu=$(cpu_report wrk "$(cat "$WORK/wrk-$1.time")" "${WRK[requests]}")
	API_MEMORY=$(hub_memory)
	rate=$(awk -v n="${WRK[requests]}" -v us="${WRK[duration_us]}" 'BEGIN { printf "%.1f", n / (us / 1e6) }')
	API_TOTAL=($((API_TOTAL[0] + WRK[requests])) $((API_TOTAL[1] + WRK[duration_us])))
	API_ROUNDS+=("$(printf 'round %s: %s requests/s (%s requests, all 2xx), load average before %s\n         latency %s\n         %s' \
		"$1" "$rate" "${WRK[requests]}" "$load" "$(awk -v p50="${WRK[p50_us]}" -v p99="${WRK[p99_us]}" -v mean="${WRK[mean_us]}" \
			-v max="${WRK[max_us]}" 'BEGIN { printf "p50 %.1f ms, p99 %.1f ms, mean %.1f ms, max %.0f ms",
				p50 / 1000, p99 / 1000, mean / 1000, max / 1000 }')" "$cpu")")
}

# run_pgbench SECONDS OUT: the baseline, the endpoint's SQL with its first-page parameters, prepared as R2DBC does;
# a 10 % sample of the transactions is logged for the latency percentiles.
run_pgbench() {
	rm -f "$2".log*
	run_tool "$2" env PGCONNECT_TIMEOUT=10 pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$1" \
		-f "$FEED_SQL" -D personId="$PERSON" -D now="$NOW" -D afterRank=-1 -D afterAt="$AFTER_AT" -D afterId="$NIL_UUID" \
		-D limit=$((PAGE + 1)) -l --sampling-rate=0.1 --log-prefix="$2.log" -h 127.0.0.1 -p "$PG_PORT" -U postgres \
		budkavle || { cat "$2.out" "$2.err" >&2; fail "pgbench failed"; }
	grep -q '^number of failed transactions: 0 ' "$2.out" || { cat "$2.out" >&2; fail "pgbench had failed transactions"; }
}

measure_sql() {
	local load cpu tps count
	note "round $1, SQL: measuring ${DURATION} s (load average $(load_average))"
	load=$(load_average)
	cpu_mark
	run_pgbench "$DURATION" "$WORK/pgbench-$1"
	count=$(awk -F': ' '/^number of transactions actually processed/ { print $2 }' "$WORK/pgbench-$1.out")
	cpu=$(cpu_report pgbench "$(cat "$WORK/pgbench-$1.time")" "$count")
	tps=$(awk '/^tps = / { printf "%.1f", $3 }' "$WORK/pgbench-$1.out")
	# Transactions and microseconds, the latter from pgbench's own rate, which leaves out connecting.
	SQL_TOTAL=($((SQL_TOTAL[0] + count)) $((SQL_TOTAL[1] + $(awk -v n="$count" -v r="$tps" 'BEGIN { printf "%d", n / r * 1e6 }'))))
	SQL_ROUNDS+=("$(printf 'round %s: %s transactions/s (%s transactions, none failed), load average before %s\n         latency average %s ms, %s\n         %s' \
		"$1" "$tps" "$count" "$load" "$(awk '/^latency average/ { print $4 }' "$WORK/pgbench-$1.out")" \
		"$(cat "$WORK/pgbench-$1".log* | percentiles)" "$cpu")")
}

# p50 and p99 of pgbench's transaction log (third field: latency in microseconds).
percentiles() {
	awk '{ print $3 }' | sort -n | awk '{ v[NR] = $1 } END {
		printf "p50 %.1f ms, p99 %.1f ms (10 %% sample)", v[int(NR * .5) + 1] / 1000, v[int(NR * .99) + 1] / 1000 }'
}

summarise() {
	local api sql round
	api=$(awk -v n="${API_TOTAL[0]}" -v us="${API_TOTAL[1]}" 'BEGIN { printf "%.1f", n / (us / 1e6) }')
	sql=$(awk -v n="${SQL_TOTAL[0]}" -v us="${SQL_TOTAL[1]}" 'BEGIN { printf "%.1f", n / (us / 1e6) }')
	say ""
	say "API  GET /api/v1/feed?limit=${PAGE} with a bearer token, wrk:"
	for round in "${API_ROUNDS[@]}"; do say "     $round"; done
	say "SQL  the same query with the same parameters, pgbench -M prepared:"
	for round in "${SQL_ROUNDS[@]}"; do say "     $round"; done
	say ""
	say "API ${api} requests/s, SQL ${sql} transactions/s over all rounds:" \
		"ratio API/SQL $(awk -v a="$api" -v s="$sql" 'BEGIN { printf "%.2f", a / s }')" \
		"(1.00 would mean the hub adds nothing to the query)"
	say "hub memory after the last API round: ${API_MEMORY}(JVM options: ${BENCH_JAVA_OPTS:-defaults})"
	say "load average at the end: $(load_average)"
	note "results written to ${RESULT_FILE#"$ROOT"/}"
}
