# Benchmark "members": GET /api/v1/units/{id}/members?includeSubunits=true&limit=100 for a ~1,500-person subtree of
# a 50,000-person organisation, through the API (wrk) and, as the baseline, the very SQL of that endpoint (pgbench),
# on the same database, with the same duration and concurrency, in the same run. Sourced by bench/run.sh.

PEOPLE=${BENCH_PEOPLE:-50000}
UNITS=${BENCH_UNITS:-5000}
SUBTREE=${BENCH_SUBTREE:-1500}
DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-20}
WARMUP_MAX=${BENCH_WARMUP_MAX:-180}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
THREADS=${BENCH_THREADS:-2}
ROUNDS=${BENCH_ROUNDS:-2}
PAGE=100
NIL_UUID=00000000-0000-0000-0000-000000000000
# The first page starts after the name '' (UnitMembers binds that). pgbench refuses an empty -D value, so the SQL side
# starts after ' ', which sorts before every name; check_first_page proves both give the same rows.
AFTER_NAME=' '
MEMBERS_SQL="$BENCH_DIR/sql/members-page.sql"

TOKEN=
UNIT=

bench_main() {
	(($# == 0)) || fail "members takes no arguments; settings are environment variables (bench/README.md)"
	require "java node curl psql pgbench wrk awk" "see bench/README.md (Debian: apt-get install wrk postgresql-client)"
	mkdir -p "$BENCH_DIR/results"
	RESULT_FILE="$BENCH_DIR/results/members-$(date +%Y-%m-%d-%H%M%S).txt"
	: >"$RESULT_FILE"
	say "# Budkavle bench: members of a ${SUBTREE}-person subtree, API against the same SQL"
	say "$(date -Is), commit $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)," \
		"$CORES cores ($(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo))," \
		"$(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)"
	say "load average at start: $(load_average)"
	build_jar
	generate_organisation
	start_hub
	TOKEN=$(admin_token)
	import_organisation
	settle_database
	choose_unit
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
	while (($(sql "select count(*) from pg_class where relname in ('person', 'membership', 'unit_closure')
			and relallvisible < relpages") > 0 && passes < 5)); do
		sql "vacuum"
		passes=$((passes + 1))
	done
	say "database settled (VACUUM ANALYZE, then $((passes - 1)) more VACUUM), all-visible pages: $(sql "select
		string_agg(relname || ' ' || round(100.0 * relallvisible / greatest(relpages, 1)) || ' %', ', ' order by relname)
		from pg_class where relname in ('person', 'membership', 'unit_closure')")"
}

# The unit whose active headcount, subunits included, is closest to SUBTREE; the API must report the same headcount.
choose_unit() {
	local row headcount api
	row=$(sql "select c.ancestor_id, count(distinct m.person_id) from unit_closure c
			join unit u on u.id = c.ancestor_id and u.active
			join membership m on m.unit_id = c.descendant_id
			join person p on p.id = m.person_id and p.active
			group by c.ancestor_id
			order by abs(count(distinct m.person_id) - $SUBTREE), c.ancestor_id limit 1")
	IFS='|' read -r UNIT headcount <<<"$row"
	[[ -n "$UNIT" ]] || fail "no unit with members found"
	api=$(curl -fsS --max-time 30 -H "Authorization: Bearer $TOKEN" "$HUB_URL/api/v1/units/$UNIT") \
		|| fail "GET /api/v1/units/$UNIT failed"
	[[ $(json 'v.headcount' <<<"$api") == "$headcount" ]] \
		|| fail "GET /api/v1/units/$UNIT says headcount $(json 'v.headcount' <<<"$api"), the database $headcount"
	say "unit: $(json '`${v.name} (${v.kind}, ${v.externalId}), ${v.children.length} child units`' <<<"$api")," \
		"headcount with subunits $headcount (API and SQL agree), id $UNIT"
}

# Runs bench/sql/members-page.sql in psql with pgbench's values (psql inserts :name as raw text, so quoted here).
members_sql() {
	sql - -v unitId="'$UNIT'" -v maxDepth=2147483647 -v afterName="'$AFTER_NAME'" -v afterId="'$NIL_UUID'" \
		-v limit=$((PAGE + 1))
}

# The API's first page and the SQL's first rows are the same people in the same order, and there is a next page.
check_first_page() {
	local page
	page=$(curl -fsS --max-time 30 -H "Authorization: Bearer $TOKEN" "$(members_url)") || fail "GET $(members_url) failed"
	[[ $(json 'v.next ? "yes" : "no"' <<<"$page") == yes ]] || fail "the first page of members has no next page"
	diff <(json 'v.items.map((m) => m.id).join("\n")' <<<"$page") \
		<(members_sql <"$MEMBERS_SQL" | head -$PAGE | cut -d '|' -f 1) >/dev/null \
		|| fail "the API's first page differs from the SQL's first $PAGE rows"
	say "first page: ${PAGE} members and a next cursor, the same people in the same order as the SQL;" \
		"$(printf '%s' "$page" | wc -c) bytes of JSON"
}

explain_query() {
	local plan
	plan=$({ echo 'explain (analyze, buffers)'; cat "$MEMBERS_SQL"; } | members_sql)
	{
		echo "EXPLAIN (ANALYZE, BUFFERS) of bench/sql/members-page.sql, first page, in a new session:"
		echo "$plan"
	} >>"$RESULT_FILE"
	say "EXPLAIN ANALYZE (plan in the results file): $(grep -E 'Planning Time|Execution Time' <<<"$plan" \
		| tr -s ' ' | paste -sd ';' -)"
}

# What bench/lib/measure.sh runs on each side: the first page through the API, and the same statement with the same
# values. pgbench refuses an empty -D value, hence AFTER_NAME (above).
sides() {
	API_URL=$(members_url)
	API_WRK=(-H "Authorization: Bearer $TOKEN")
	SQL_PGBENCH=(-f "$MEMBERS_SQL" -D unitId="$UNIT" -D maxDepth=2147483647 -D afterName="$AFTER_NAME"
		-D afterId="$NIL_UUID" -D limit=$((PAGE + 1)))
	API_LABEL="GET .../members?includeSubunits=true&limit=${PAGE} with a bearer token"
	SQL_LABEL="the same query with the same parameters"
}

members_url() {
	echo "$HUB_URL/api/v1/units/$UNIT/members?includeSubunits=true&limit=$PAGE"
}
