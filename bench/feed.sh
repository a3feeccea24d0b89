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
	sides
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
		--data-binary "@$WORK/org.jsonl" "$HUB_URL/api/v1/admin/directory/imports?confirm=true") || fail "the import request failed"
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

# What bench/lib/measure.sh runs on each side: the person's first page through the API, and the same statement with
# the same values.
sides() {
	API_URL=$(feed_url)
	API_WRK=(-H "Authorization: Bearer $TOKEN")
	SQL_PGBENCH=(-f "$FEED_SQL" -D personId="$PERSON" -D now="$NOW" -D afterRank=-1 -D afterAt="$AFTER_AT"
		-D afterId="$NIL_UUID" -D limit=$((PAGE + 1)))
	API_LABEL="GET /api/v1/feed?limit=${PAGE} with the person's bearer token"
	SQL_LABEL="the same query with the same parameters"
}

feed_url() {
	echo "$HUB_URL/api/v1/feed?limit=$PAGE"
}
