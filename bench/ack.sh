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
	sides
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

# What bench/lib/measure.sh runs on each side: the PUT with the next person's token (bench/wrk/ack.lua), and the
# statement for a random person of the same list; every run starts from nobody having acknowledged.
sides() {
	API_URL=$(ack_url)
	API_WRK=(-s "$BENCH_DIR/wrk/ack.lua" -- "$WORK/tokens.txt")
	SQL_PGBENCH=(-f "$WORK/ack.pgbench" -D postId="$POST" -D now="$(date -u +%Y-%m-%dT%H:%M:%SZ)")
	API_LABEL="PUT .../acknowledgement, each request another person's bearer token"
	SQL_LABEL="bench/sql/acknowledge.sql (the endpoint's statement) for a random person of the same list"
}

before_run() {
	reset_acknowledgements
}

after_run() {
	echo "$(acknowledged) new acknowledgements"
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

acknowledged() {
	sql "select count(*) from acknowledgement where post_id = '$POST'"
}
