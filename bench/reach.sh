# Benchmark "reach": on 50,000 people, 2,000 posts and about 1,000,000 read events, three reports through the API
# (wrk) against the very statements each report runs (pgbench, the same statements in one script, in the same
# order), on the same database, at the same concurrency, in the same run; compares the median latencies:
#   post-org      GET /api/v1/reach/posts/{id}?unitId=<top>  an organisation-wide post, for the whole organisation
#   post-subtree  GET /api/v1/reach/posts/{id}?unitId=<u>    the same post, for a ~1,500-person subtree
#   unit-report   GET /api/v1/reach/units/{u}?from=&to=      the unit report of that subtree over 90 days
# Sourced by bench/run.sh.

PEOPLE=${BENCH_PEOPLE:-50000}
UNITS=${BENCH_UNITS:-5000}
POSTS=${BENCH_POSTS:-2000}
READS=${BENCH_READS:-1000000}
SUBTREE=${BENCH_SUBTREE:-1500}
DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-2}
ROUNDS=${BENCH_ROUNDS:-2}
POST_SQL="$BENCH_DIR/sql/reach-post.sql"
UNIT_SQL="$BENCH_DIR/sql/reach-unit.sql"

TOKEN=
POST=
TOP=
UNIT=
FROM=
TO=
declare -A AUDIENCE=()
RESULTS=()

bench_main() {
	(($# == 0)) || fail "reach takes no arguments; settings are environment variables (bench/README.md)"
	require "java node curl psql pgbench wrk awk" "see bench/README.md (Debian: apt-get install wrk postgresql-client)"
	mkdir -p "$BENCH_DIR/results"
	RESULT_FILE="$BENCH_DIR/results/reach-$(date +%Y-%m-%d-%H%M%S).txt"
	: >"$RESULT_FILE"
	say "# Budkavle bench: reach reports on ${PEOPLE} people, ${POSTS} posts, ~${READS} reads; API against the same SQL"
	say "$(date -Is), commit $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)," \
		"$CORES cores, load average at start: $(load_average)"
	build_jar
	note "generating ${PEOPLE} people in ${UNITS} units (bench/generate-org.mjs)"
	timeout 300 node "$BENCH_DIR/generate-org.mjs" "$PEOPLE" "$UNITS" >"$WORK/org.jsonl" 2>"$WORK/generate.log" \
		|| { cat "$WORK/generate.log" >&2; fail "generating the organisation failed"; }
	start_hub
	TOKEN=$(admin_token)
	import_organisation
	create_posts_and_reads
	sql "vacuum analyze" >/dev/null
	choose_units
	HR_TOKEN=$(hr_token)
	# withheld: the units a table leaves out (docs/disclosure.md); none here, which costs the statements the same.
	measure_case post-org "$HUB_URL/api/v1/reach/posts/$POST?unitId=$TOP" "$POST_SQL" \
		-D postId="$POST" -D unitId="$TOP" -D withheld='{}' -D half=$(((AUDIENCE[$TOP] + 1) / 2)) -D most=$(((AUDIENCE[$TOP] * 4 + 4) / 5))
	measure_case post-subtree "$HUB_URL/api/v1/reach/posts/$POST?unitId=$UNIT" "$POST_SQL" \
		-D postId="$POST" -D unitId="$UNIT" -D withheld='{}' -D half=$(((AUDIENCE[$UNIT] + 1) / 2)) -D most=$(((AUDIENCE[$UNIT] * 4 + 4) / 5))
	measure_case unit-report "$HUB_URL/api/v1/reach/units/$UNIT?from=$FROM&to=$TO" "$UNIT_SQL" \
		-D unitId="$UNIT" -D from="$FROM" -D to="$TO"
	say ""
	for line in "${RESULTS[@]}"; do say "$line"; done
	say "hub memory at the end: $(hub_memory)"
	say "load average at the end: $(load_average)"
	note "results written to ${RESULT_FILE#"$ROOT"/}"
}

import_organisation() {
	local status
	note "importing the organisation through POST /api/v1/admin/directory/imports"
	status=$(curl -sS --max-time 1200 -o "$WORK/import.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
		-H 'Content-Type: application/x-ndjson' --data-binary "@$WORK/org.jsonl" \
		"$HUB_URL/api/v1/admin/directory/imports?confirm=true") || fail "the import request failed"
	[[ "$status" == 2* ]] || { head -c 2000 "$WORK/import.json" >&2; fail "the import answered $status"; }
}

# Posts written straight into the tables as the news module publishes them (audience resolved from the targeted
# subtree), spread over the last 60 days: 10 to the whole organisation, the rest to administrations, departments and
# units; every tenth asks for acknowledgement. Then about READS first reads within three days of publication, and
# acknowledgements from half of each acknowledging audience.
create_posts_and_reads() {
	local audience
	note "creating ${POSTS} posts with their audiences"
	sql "create temporary table chosen as
			select g.n, case
				when g.n <= 10 then (select id from unit where parent_id is null order by external_id limit 1)
				when g.n <= 100 then (select id from unit where kind = 'ADMINISTRATION' order by external_id
					offset (g.n % greatest(1, (select count(*) from unit where kind = 'ADMINISTRATION'))) limit 1)
				when g.n <= 500 then (select id from unit where kind = 'DEPARTMENT' order by external_id
					offset (g.n * 7 % greatest(1, (select count(*) from unit where kind = 'DEPARTMENT'))) limit 1)
				else (select id from unit where kind = 'UNIT' order by external_id
					offset (g.n * 13 % greatest(1, (select count(*) from unit where kind = 'UNIT'))) limit 1) end as unit_id,
				gen_random_uuid() as post_id,
				now() - make_interval(mins => (g.n * 43) % 86400) as published_at
			from generate_series(1, $POSTS) as g(n);
		insert into post (id, author_id, title, body_markdown, body_html, excerpt, priority, language,
		                  comments_enabled, ack_required, status, publish_at, published_at)
		select c.post_id, (select id from person where external_id = 'demo-admin'), 'Nyhet ' || c.n, 'Text',
		       '<p>Text</p>', 'Text', 'NORMAL', 'sv', true, c.n % 10 = 0, 'PUBLISHED', c.published_at, c.published_at
		from chosen c;
		insert into post_target (post_id, unit_id, include_subunits) select post_id, unit_id, true from chosen;
		insert into post_audience (post_id, person_id, unit_id)
		select c.post_id, m.person_id, m.unit_id
		from chosen c
		join unit_closure uc on uc.ancestor_id = c.unit_id
		join membership m on m.unit_id = uc.descendant_id and m.is_primary
		join person p on p.id = m.person_id and p.active;
		update post set audience_size = a.n from (select post_id, count(*) as n from post_audience group by post_id) a
		where a.post_id = post.id;" >/dev/null
	audience=$(sql "select count(*) from post_audience")
	note "creating about ${READS} reads among ${audience} audience rows"
	sql "insert into post_read (post_id, person_id, first_read_at)
		select pa.post_id, pa.person_id, p.published_at + random() * interval '72 hours'
		from post_audience pa join post p on p.id = pa.post_id
		where random() < least(1.0, $READS::float / $audience);
		insert into acknowledgement (post_id, person_id, acknowledged_at)
		select pa.post_id, pa.person_id, p.published_at + random() * interval '96 hours'
		from post_audience pa join post p on p.id = pa.post_id and p.ack_required
		where random() < 0.5;" >/dev/null
	say "data: $(sql "select count(*) from post") posts, ${audience} audience rows," \
		"$(sql "select count(*) from post_read") reads, $(sql "select count(*) from acknowledgement") acknowledgements"
}

# The organisation-wide post with the most reads, the top unit and the unit whose headcount is closest to SUBTREE.
choose_units() {
	POST=$(sql "select p.id from post p join post_target t on t.post_id = p.id join unit u on u.id = t.unit_id
		where u.parent_id is null order by (select count(*) from post_read r where r.post_id = p.id) desc limit 1")
	TOP=$(sql "select unit_id from post_target where post_id = '$POST'")
	UNIT=$(sql "select c.ancestor_id from unit_closure c join membership m on m.unit_id = c.descendant_id and m.is_primary
		group by c.ancestor_id order by abs(count(*) - $SUBTREE), c.ancestor_id limit 1")
	AUDIENCE[$TOP]=$(sql "select count(*) from post_audience where post_id = '$POST'")
	AUDIENCE[$UNIT]=$(sql "select count(*) from post_audience pa join unit_closure c on c.descendant_id = pa.unit_id
		and c.ancestor_id = '$UNIT' where pa.post_id = '$POST'")
	FROM=$(sql "select to_char((now() - interval '90 days') at time zone 'utc', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
	TO=$(sql "select to_char((now() + interval '1 day') at time zone 'utc', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
	say "post $POST: audience ${AUDIENCE[$TOP]}, $(sql "select count(*) from post_read where post_id = '$POST'") reads;" \
		"subtree $(sql "select name from unit where id = '$UNIT'") with ${AUDIENCE[$UNIT]} of them;" \
		"period $FROM to $TO ($(sql "select count(*) from post where published_at >= '$FROM'") posts)"
}

# A token for the demo persona hr, who sees the whole organisation.
hr_token() {
	local person
	person=$(curl -fsS --max-time 30 "$HUB_URL/demo/personas" | json 'v.find((p) => p.key === "hr")?.personId ?? ""')
	[[ -n "$person" ]] || fail "the demo persona hr is missing"
	curl -fsS --max-time 30 -H 'Content-Type: application/json' -d "{\"personId\":\"$person\"}" "$HUB_URL/demo/token" \
		| json 'v.access_token' || fail "POST /demo/token failed"
}

# measure_case NAME URL SQL_FILE -D ...: the figures must show (not suppressed); then bench/lib/measure.sh's
# measure_p50: warm-up of both sides, ROUNDS rounds of each, the mean p50s and their ratio.
measure_case() {
	local name=$1 url=$2 body
	body=$(curl -fsS --max-time 120 -H "Authorization: Bearer $HR_TOKEN" "$url") || fail "GET $url failed"
	[[ $(json 'v.suppressed' <<<"$body") == false ]] || fail "$name: the API suppressed the figures"
	P50_DURATION=$DURATION P50_WARMUP=$WARMUP P50_CONNECTIONS=$CONNECTIONS P50_ROUNDS=$ROUNDS P50_AIM="<= 1.5" \
		measure_p50 "$name" "$url" "$HR_TOKEN" "${@:3}"
}
