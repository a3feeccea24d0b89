# Benchmark "records" (issue 15, the search half): a disclosure search by a word over BENCH_RECORD_POSTS (100,000)
# posts, a tenth of them with an earlier revision, and their comments, on the generated organisation:
# GET /api/v1/records/search?text=… as the admin persona (wrk, p50) against the very statement the search runs
# (bench/sql/records-search.sql = RecordSearch.SQL, pgbench -M prepared, p50) with the same values. Sourced by
# bench/run.sh.

PEOPLE=${BENCH_PEOPLE:-50000}
UNITS=${BENCH_UNITS:-5000}
POSTS=${BENCH_RECORD_POSTS:-100000}
COMMENTS=${BENCH_RECORD_COMMENTS:-50000}
WORD=${BENCH_RECORD_WORD:-vattenläcka}
P50_DURATION=${BENCH_DURATION:-15}
P50_WARMUP=${BENCH_WARMUP:-20}
P50_CONNECTIONS=${BENCH_CONNECTIONS:-2}
P50_ROUNDS=${BENCH_ROUNDS:-2}
SEARCH_SQL="$BENCH_DIR/sql/records-search.sql"
# SearchController: 50 a page, one more asked to know whether there is a next page; the whole period.
PAGE=50
EARLIEST=2000-01-01T00:00:00Z
END=3000-01-01T00:00:00Z
LAST_ID=ffffffff-ffff-ffff-ffff-ffffffffffff

TOKEN=
RESULTS=()

bench_main() {
	(($# == 0)) || fail "records takes no arguments; settings are environment variables (bench/README.md)"
	require "java node curl psql pgbench wrk awk" "see bench/README.md (Debian: apt-get install wrk postgresql-client)"
	mkdir -p "$BENCH_DIR/results"
	RESULT_FILE="$BENCH_DIR/results/records-$(date +%Y-%m-%d-%H%M%S).txt"
	: >"$RESULT_FILE"
	say "# Budkavle bench: disclosure search over ${POSTS} posts and ${COMMENTS} comments, API against the same SQL"
	say "$(date -Is), commit $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)," \
		"$CORES cores, load average at start: $(load_average)"
	build_jar
	generate_organisation
	start_hub
	TOKEN=$(admin_token)
	import_organisation
	create_records
	vacuum_analyze
	check_search
	P50_AIM="<= 1.5"
	# BENCH_PLAN_MODE sets the server's plan_cache_mode for both sides (e.g. force_custom_plan), to compare plans.
	if [[ -n "${BENCH_PLAN_MODE:-}" ]]; then
		sql "alter system set plan_cache_mode = '$BENCH_PLAN_MODE'"
		sql "select pg_reload_conf()" >/dev/null
		say "plan_cache_mode: $(sql "show plan_cache_mode")"
	fi
	measure_p50 records-search "$(search_url)" "$TOKEN" "$SEARCH_SQL" "${SEARCH_VARS[@]}"
	say ""
	for line in "${RESULTS[@]}"; do say "$line"; done
	say "hub memory at the end: $(hub_memory)"
	say "load average at the end: $(load_average)"
	note "results written to ${RESULT_FILE#"$ROOT"/}"
}

# Posts written straight into the news tables as publication leaves them, over two years, by 500 authors, each to one
# unit; one in a hundred mentions WORD, a tenth have an earlier revision (which mentions WORD for one in a hundred of
# those), and COMMENTS comments on random posts (one in a hundred mentions WORD, a twentieth hidden or deleted).
create_records() {
	note "creating ${POSTS} posts and ${COMMENTS} comments"
	sql "select setseed(0.15);
		create temporary table authors as select id, row_number() over (order by md5(id::text)) as n
			from person where active order by md5(id::text) limit 500;
		create temporary table units as select id, row_number() over (order by md5(id::text)) as n from unit where active;
		create temporary table chosen as
			select g.n, gen_random_uuid() as post_id, (select id from authors where authors.n = 1 + g.n % 500) as author_id,
			       (select id from units where units.n = 1 + g.n % (select count(*) from units)) as unit_id,
			       now() - make_interval(mins => (g.n * 7) % (2 * 365 * 1440)) as published_at,
			       case when g.n % 100 = 0 then ' Det var en $WORD i källaren.' else '' end as word
			from generate_series(1, $POSTS) as g(n);
		insert into post (id, author_id, title, body_markdown, body_html, excerpt, priority, language,
		                  comments_enabled, ack_required, status, publish_at, published_at, version)
		select post_id, author_id, 'Nyhet ' || n, 'Veckans nyheter från enheten, nummer ' || n || '.' || word
		           || ' Personalmöte på torsdag, glöm inte att anmäla dig till utbildningen.',
		       '<p>Text</p>', 'Text', 'NORMAL', 'sv', true, false, 'PUBLISHED', published_at, published_at,
		       case when n % 10 = 0 then 2 else 1 end
		from chosen;
		insert into post_target (post_id, unit_id, include_subunits) select post_id, unit_id, true from chosen;
		insert into post_revision (post_id, version, title, body_markdown, edited_by, edited_at)
		select post_id, 1, 'Nyhet ' || n, 'Första versionen, nummer ' || n || '.'
		           || case when n % 1000 = 10 then ' En $WORD.' else '' end, author_id, published_at
		from chosen where n % 10 = 0;
		insert into comment (post_id, author_id, body, state, created_at)
		select c.post_id, c.author_id, 'Tack för informationen!' || case when g.n % 100 = 0 then ' Även här en $WORD.'
		           else '' end,
		       case when g.n % 40 = 0 then 'HIDDEN' when g.n % 40 = 1 then 'DELETED' else 'VISIBLE' end,
		       c.published_at + interval '1 hour'
		from generate_series(1, $COMMENTS) as g(n) join chosen c on c.n = 1 + (g.n * 7919) % $POSTS" >/dev/null
	say "records: $(sql "select count(*) from post") posts, $(sql "select count(*) from post_revision") revisions," \
		"$(sql "select count(*) from comment") comments; mentioning \"$WORD\": $(sql "select count(*) from post
		where body_markdown ilike '%$WORD%'") posts, $(sql "select count(*) from post_revision where body_markdown
		ilike '%$WORD%'") revisions, $(sql "select count(*) from comment where body ilike '%$WORD%'") comments"
}

search_url() {
	echo "$HUB_URL/api/v1/records/search?text=$(node -e 'console.log(encodeURIComponent(process.argv[1]))' "$WORD")"
}

# The values the search binds for the admin (whole organisation), this word, every type, the whole period, the
# first page; unit and author stay undefined in pgbench, which sends them as NULL, as the hub binds them.
search_variables() {
	SEARCH_VARS=(-D whole=true -D units='{}' -D text="$WORD" -D pattern="%$WORD%" -D posts=true -D comments=true
		-D questions=true -D answers=true -D from="$EARLIEST" -D to="$END" -D afterAt="$END" -D afterId="$LAST_ID"
		-D limit=$((PAGE + 1)))
}

# The API's first page is the SQL's first rows, in the same order; the plan goes into the results file.
check_search() {
	local page rows
	search_variables
	page=$(curl -fsS --max-time 120 -H "Authorization: Bearer $TOKEN" "$(search_url)") || fail "GET $(search_url) failed"
	rows=$(sql - -v whole=true -v units="'{}'" -v text="'$WORD'" -v pattern="'%$WORD%'" -v posts=true -v comments=true \
		-v questions=true -v answers=true -v from="'$EARLIEST'" -v to="'$END'" -v afterAt="'$END'" -v afterId="'$LAST_ID'" \
		-v limit=$((PAGE + 1)) -v unit=null -v author=null <"$SEARCH_SQL")
	diff <(json 'v.items.map((f) => f.id).join("\n")' <<<"$page") <(head -$PAGE <<<"$rows" | cut -d '|' -f 2) >/dev/null \
		|| fail "the API's first page differs from the SQL's first $PAGE rows"
	say "first page: $(json 'v.items.length' <<<"$page") records ($(json 'Object.entries(v.items.reduce((c, f) =>
		({ ...c, [f.type + " " + f.state]: (c[f.type + " " + f.state] ?? 0) + 1 }), {})).map(([k, n]) => k + " " + n).join(", ")' \
		<<<"$page")), next page: $(json 'v.next ? "yes" : "no"' <<<"$page"); the same records in the same order as the SQL"
	{
		echo "EXPLAIN (ANALYZE, BUFFERS) of bench/sql/records-search.sql, first page:"
		{ echo 'explain (analyze, buffers)'; cat "$SEARCH_SQL"; } | sql - -v whole=true -v units="'{}'" -v text="'$WORD'" \
			-v pattern="'%$WORD%'" -v posts=true -v comments=true -v questions=true -v answers=true -v from="'$EARLIEST'" \
			-v to="'$END'" -v afterAt="'$END'" -v afterId="'$LAST_ID'" -v limit=$((PAGE + 1)) -v unit=null -v author=null
	} >>"$RESULT_FILE"
}
