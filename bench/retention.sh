# Benchmark "retention" (issue 15, the retention half): on the generated organisation, BENCH_RETENTION_POSTS (2,000)
# posts, nine in ten published long enough ago for every rule, with BENCH_READS (1,000,000) personal first reads,
# BENCH_COMMENTS (100,000) comments with their versions, reactions, reports and moderations, BENCH_NOTIFICATIONS
# (100,000) notifications with a delivery row each, an announcement per post and BENCH_EVENTS (100,000) live events,
# a few posts on legal hold; a retention run through POST /api/v1/records/retention-runs (curl, timed end to end)
# against the very statements of the rules (bench/sql/retention.sql = the owners' constants, RetentionBenchSqlTests)
# run bare in one psql transaction with the same cutoffs; every run of either side starts from the same data,
# restored from a snapshot. Sourced by bench/run.sh.

PEOPLE=${BENCH_PEOPLE:-50000}
UNITS=${BENCH_UNITS:-5000}
POSTS=${BENCH_RETENTION_POSTS:-2000}
READS=${BENCH_READS:-1000000}
COMMENTS=${BENCH_COMMENTS:-100000}
NOTIFICATIONS=${BENCH_NOTIFICATIONS:-100000}
EVENTS=${BENCH_EVENTS:-100000}
ROUNDS=${BENCH_ROUNDS:-3}
RUN_TIMEOUT=${BENCH_RUN_TIMEOUT:-1800}
RETENTION_SQL="$BENCH_DIR/sql/retention.sql"
# The rules in the order a run applies them (RetentionProperties.byRecordType), which is the order of the statements in
# bench/sql/retention.sql; each binds its own cutoff, named after the record type there (:liveEventsCutoff).
RULES=(comments notifications live-events deliveries read-receipts push-subscriptions)
# Every table a rule changes, parents before children (the order they are restored in), and post.reads_reduced_at.
TABLES=(comment comment_revision comment_reaction comment_report comment_moderation notification delivery event post_read
	post_read_tally web_push_subscription)

TOKEN=
declare -A PERIOD=()
API_MS=()
SQL_MS=()
ERASED=
STATE=
READERS_BEFORE=
RESULTS=()

bench_main() {
	(($# == 0)) || fail "retention takes no arguments; settings are environment variables (bench/README.md)"
	require "java node curl psql awk" "see bench/README.md (Debian: apt-get install postgresql-client)"
	((POSTS >= 10 && COMMENTS >= 5 && READS >= POSTS)) || fail "needs at least 10 posts, 5 comments and a read per post"
	mkdir -p "$BENCH_DIR/results"
	RESULT_FILE="$BENCH_DIR/results/retention-$(date +%Y-%m-%d-%H%M%S).txt"
	: >"$RESULT_FILE"
	say "# Budkavle bench: a retention run over ${READS} reads and ${COMMENTS} comments, API against the same SQL in psql"
	say "$(date -Is), commit $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)," \
		"$CORES cores, load average at start: $(load_average)"
	build_jar
	generate_organisation
	start_hub
	TOKEN=$(admin_token)
	import_organisation
	first_run
	create_records
	snapshot
	local round
	for ((round = 1; round <= ROUNDS; round++)); do
		if ((round % 2)); then
			api_run "$round"
			sql_run "$round"
		else
			sql_run "$round"
			api_run "$round"
		fi
	done
	summarise_runs
	say "hub memory at the end: $(hub_memory)"
	say "load average at the end: $(load_average)"
	note "results written to ${RESULT_FILE#"$ROOT"/}"
}

# A first run through the API on the imported organisation (nothing much is due yet): it warms the hub's code path,
# proves the route answers, and says each rule's period, from which the SQL side counts its cutoffs back.
first_run() {
	local answer status type period
	note "a first retention run through the API (warm-up; learns the periods)"
	TOKEN=$(admin_token)
	answer=$(post_run "$WORK/run-0.json") || fail "POST /api/v1/records/retention-runs failed"
	read -r status _ <<<"$answer"
	[[ "$status" == 201 ]] || { head -c 2000 "$WORK/run-0.json" >&2; fail "the retention run answered $status"; }
	[[ $(json 'v.rules.map((r) => r.recordType).join(" ")' <"$WORK/run-0.json") == "${RULES[*]}" ]] \
		|| fail "the run applies other rules or another order than bench/sql/retention.sql: $(cat "$WORK/run-0.json")"
	while read -r type period; do
		PERIOD[$type]=$period
	done < <(json 'v.rules.map((r) => r.recordType + " " + r.period).join("\n")' <"$WORK/run-0.json")
	say "rules (as the hub applies them): $(json 'v.rules.map((r) => r.recordType + " " + r.period + " (" + r.decision
		+ ")").join(", ")' <"$WORK/run-0.json"); first run on the imported organisation erased" \
		"$(json 'v.rules.map((r) => r.erased).join(" ")' <"$WORK/run-0.json")"
}

# post_run FILE: one POST /api/v1/records/retention-runs as the admin persona; prints the status and the wall time in
# seconds. The caller takes a fresh TOKEN first: a demo token lasts 30 minutes, a full-size benchmark longer.
post_run() {
	curl -sS --max-time "$RUN_TIMEOUT" -o "$1" -w '%{http_code} %{time_total}' -X POST \
		-H "Authorization: Bearer $TOKEN" "$HUB_URL/api/v1/records/retention-runs"
}

# The records, written straight into the owners' tables as the application leaves them. Posts: nine in ten published
# 800 to 1,500 days ago and expired 30 days later (past every rule: comments 730 days after the post ended, reads 365
# days after publication), one in ten 10 to 300 days ago (no rule yet); one in a hundred on legal hold. Each post's
# audience is a slice of the organisation, and the first READS/POSTS of it read the post within 72 hours. Comments:
# four in five start a thread, the rest reply; every version in comment_revision, a third with a reaction, hidden ones
# with their moderation and report. Notifications and events are spread on both sides of their rules' cutoffs (90 and
# 30 days), never within 5 days of them, so that a run minutes later erases exactly as much.
create_records() {
	local people per_post audience
	people=$(sql "select count(distinct p.id) from person p join membership m on m.person_id = p.id and m.is_primary
		where p.active")
	per_post=$(((READS + POSTS - 1) / POSTS))
	audience=$((per_post * 5 / 4))
	((audience <= people)) || audience=$people
	((per_post <= audience)) || per_post=$audience
	local roots=$((COMMENTS * 4 / 5))
	local replies=$((COMMENTS - roots))
	note "creating ${POSTS} posts with ${audience} people each in their audience, $((POSTS * per_post)) reads," \
		"${COMMENTS} comments, ${NOTIFICATIONS} notifications, ${EVENTS} events"
	sql "select setseed(0.15);
		create temporary table people as
			select id, unit_id, row_number() over (order by id) as n
			from (select distinct on (p.id) p.id, m.unit_id from person p
			      join membership m on m.person_id = p.id and m.is_primary where p.active order by p.id, m.unit_id) x;
		create unique index on people (n);
		create temporary table chosen as
			select g.n, gen_random_uuid() as post_id, a.id as author_id, a.unit_id,
			       now() - make_interval(days => case when g.n % 10 = 0 then 10 + g.n % 290 else 800 + g.n % 700 end,
			                             mins => (g.n * 37) % 1440) as published_at
			from generate_series(1, $POSTS) as g(n) join people a on a.n = 1 + (g.n * 13) % $people;
		create unique index on chosen (n);
		insert into post (id, author_id, title, body_markdown, body_html, excerpt, priority, language,
		                  comments_enabled, ack_required, status, publish_at, published_at, expires_at, audience_size)
		select post_id, author_id, 'Nyhet ' || n, 'Veckans nyheter från enheten.', '<p>Veckans nyheter från enheten.</p>',
		       'Veckans nyheter från enheten.', 'NORMAL', 'sv', true, false, 'PUBLISHED', published_at, published_at,
		       published_at + interval '30 days', $audience
		from chosen;
		insert into post_target (post_id, unit_id, include_subunits) select post_id, unit_id, true from chosen;
		insert into post_audience (post_id, person_id, unit_id)
		select c.post_id, p.id, p.unit_id
		from chosen c cross join generate_series(0, $audience - 1) as i(i)
		join people p on p.n = 1 + (c.n * 7919 + i.i) % $people;
		insert into post_read (post_id, person_id, first_read_at)
		select c.post_id, p.id, c.published_at + make_interval(secs => floor(random() * 259200))
		from chosen c cross join generate_series(0, $per_post - 1) as i(i)
		join people p on p.n = 1 + (c.n * 7919 + i.i) % $people;
		insert into legal_hold (post_id, reason, placed_by, placed_at)
		select post_id, 'Begäran om utlämnande, dnr KS 2026/' || n, (select id from person where external_id = 'demo-admin'),
		       now() - interval '1 day'
		from chosen where n % 100 = 1;
		create temporary table roots as
			select g.n, gen_random_uuid() as id, c.post_id,
			       c.published_at + make_interval(days => g.n % 20, mins => (g.n * 11) % 1440) as created_at
			from generate_series(1, $roots) as g(n) join chosen c on c.n = 1 + (g.n::bigint * 7919) % $POSTS;
		create unique index on roots (n);
		insert into comment (id, post_id, author_id, body, state, version, created_at, edited_at, deleted_at,
		                     moderated_at, moderated_by, moderation_reason)
		select r.id, r.post_id, p.id, 'Tack för informationen! Vi tar upp det på arbetsplatsträffen.',
		       case when r.n % 40 = 0 then 'HIDDEN' when r.n % 40 = 1 then 'DELETED' else 'VISIBLE' end,
		       case when r.n % 10 = 5 then 2 else 1 end, r.created_at,
		       case when r.n % 10 = 5 then r.created_at + interval '1 hour' end,
		       case when r.n % 40 = 1 then r.created_at + interval '2 hours' end,
		       case when r.n % 40 = 0 then r.created_at + interval '3 hours' end,
		       case when r.n % 40 = 0 then (select id from person where external_id = 'demo-admin') end,
		       case when r.n % 40 = 0 then 'Personuppgifter om en tredje person' end
		from roots r join people p on p.n = 1 + (r.n * 31) % $people;
		insert into comment (post_id, parent_id, author_id, body, state, created_at)
		select r.post_id, r.id, p.id, 'Håller med, bra att det kom ut i tid.', 'VISIBLE', r.created_at + interval '2 hours'
		from generate_series(1, $replies) as g(n) join roots r on r.n = 1 + (g.n * 31) % $roots
		join people p on p.n = 1 + (g.n * 17) % $people;
		insert into comment_revision (comment_id, version, body, edited_at)
		select c.id, 1, c.body, c.created_at from comment c join chosen ch on ch.post_id = c.post_id;
		insert into comment_revision (comment_id, version, body, edited_at)
		select c.id, 2, c.body, c.edited_at from comment c join chosen ch on ch.post_id = c.post_id where c.version = 2;
		insert into comment_reaction (comment_id, person_id, kind, created_at)
		select r.id, p.id, (array['LIKE', 'HEART', 'THANKS', 'INSIGHTFUL'])[1 + r.n % 4], r.created_at + interval '1 hour'
		from roots r join people p on p.n = 1 + (r.n * 53) % $people where r.n % 3 = 0;
		insert into comment_report (comment_id, person_id, reason, reported_at, resolved_at)
		select r.id, p.id, 'Olämpligt', r.created_at + interval '1 hour',
		       case when r.n % 40 = 0 then r.created_at + interval '3 hours' end
		from roots r join people p on p.n = 1 + (r.n * 59) % $people where r.n % 40 = 0 or r.n % 200 = 7;
		insert into comment_moderation (comment_id, action, reason, moderator_id, moderated_at)
		select r.id, 'HIDE', 'Personuppgifter om en tredje person', (select id from person where external_id = 'demo-admin'),
		       r.created_at + interval '3 hours'
		from roots r where r.n % 40 = 0;
		insert into notification (recipient_id, kind, title, body, post_id, created_at)
		select p.id, 'acknowledgement.reminder', 'Påminnelse', 'Kvittera nyheten.', c.post_id,
		       now() - make_interval(days => case when g.n % 2 = 0 then 1 + g.n % 79 else 100 + g.n % 80 end,
		                             mins => (g.n * 7) % 1440)
		from generate_series(1, $NOTIFICATIONS) as g(n) join people p on p.n = 1 + (g.n * 13) % $people
		join chosen c on c.n = 1 + g.n % $POSTS;
		insert into delivery (channel, notification_id, post_id, person_id, status, attempts, next_attempt_at,
		                      created_at, updated_at, sent_at)
		select 'email', n.id, n.post_id, n.recipient_id, 'SENT', 1, n.created_at, n.created_at, n.created_at, n.created_at
		from notification n join chosen c on c.post_id = n.post_id;
		with a as (
		    insert into announcement (post_id, title, excerpt, unit_ids, created_at)
		    select post_id, 'Nyhet ' || n, 'Veckans nyheter från enheten.', array[unit_id], published_at from chosen
		    returning id, post_id, unit_ids, created_at
		)
		insert into delivery (channel, announcement_id, post_id, unit_id, status, attempts, next_attempt_at, created_at,
		                      updated_at, sent_at)
		select 'teams', a.id, a.post_id, a.unit_ids[1], 'SENT', 1, a.created_at, a.created_at, a.created_at, a.created_at
		from a;
		insert into event (topic, type, payload, created_at)
		select 'post:' || c.post_id, 'comment.created', jsonb_build_object('postId', c.post_id),
		       now() - make_interval(days => case when g.n % 2 = 0 then g.n % 25 else 35 + g.n % 25 end,
		                             mins => (g.n * 7) % 1440)
		from generate_series(1, $EVENTS) as g(n) join chosen c on c.n = 1 + g.n % $POSTS" >/dev/null
	say "records: $(sql "select count(*) from post") posts ($(sql "select count(*) from legal_hold where released_at is null")" \
		"on hold), $(sql "select count(*) from post_audience") audience rows, $(sql "select count(*) from post_read") reads," \
		"$(sql "select count(*) from comment") comments, $(sql "select count(*) from comment_revision") comment versions," \
		"$(sql "select count(*) from comment_reaction") reactions, $(sql "select count(*) from notification") notifications," \
		"$(sql "select count(*) from delivery") delivery rows, $(sql "select count(*) from event") events"
}

# A copy of every table a rule changes (and of post.reads_reduced_at) in the schema bench_snapshot, which restore puts
# back before every run of either side. Also what reach counts before any reduction, for the check after each run.
snapshot() {
	local table
	note "snapshot of ${TABLES[*]}"
	{
		echo "set client_min_messages to warning; drop schema if exists bench_snapshot cascade; create schema bench_snapshot;"
		for table in "${TABLES[@]}"; do
			echo "create table bench_snapshot.$table as select * from $table;"
		done
		echo "create table bench_snapshot.post_reads_reduced as select id, reads_reduced_at from post;"
	} | sql - >/dev/null
	READERS_BEFORE=$(readers)
	say "reach counts ${READERS_BEFORE} readers over all posts (post_reading) before the runs"
}

# Every table back as the snapshot has it, vacuumed and analysed as autovacuum would leave it, and a checkpoint, so
# that each run starts from the same data, the same statistics and no dirty pages of the run before.
restore() {
	local table list
	list=$(IFS=,; echo "${TABLES[*]}" | sed 's/,/, /g')
	{
		echo "begin;"
		echo "truncate $list;"
		for table in "${TABLES[@]}"; do
			echo "insert into $table select * from bench_snapshot.$table;"
		done
		echo "update post p set reads_reduced_at = s.reads_reduced_at from bench_snapshot.post_reads_reduced s
			where s.id = p.id and p.reads_reduced_at is distinct from s.reads_reduced_at;"
		echo "commit;"
		echo "vacuum analyze post, $list;"
		echo "checkpoint;"
	} | sql - >/dev/null
}

# How many first reads reach counts (post_reading: personal rows and tallies alike); a reduction must not change it.
readers() {
	sql "select coalesce(sum(readers), 0) from post_reading"
}

# What a run left: the same after every run of either side.
state() {
	sql "select (select count(*) from comment) || ' comments, ' || (select count(*) from post_read) || ' reads, '
		|| (select count(*) from post_read_tally) || ' tallies, ' || (select count(*) from post where reads_reduced_at is not null)
		|| ' posts reduced'"
}

# check_run SIDE ROUND "N N N N N": every run of either side erases as much per rule as the first, leaves the same
# state, and reach counts as many readers as before.
check_run() {
	local after readers_after
	after=$(state)
	readers_after=$(readers)
	[[ "$readers_after" == "$READERS_BEFORE" ]] \
		|| fail "$1 round $2: reach counts $readers_after readers after the run, $READERS_BEFORE before"
	if [[ -z "$ERASED" ]]; then
		ERASED=$3
		STATE=$after
	fi
	[[ "$3" == "$ERASED" ]] || fail "$1 round $2 erased $3 (per rule: ${RULES[*]}), the first run $ERASED"
	[[ "$after" == "$STATE" ]] || fail "$1 round $2 left $after, the first run $STATE"
}

api_run() {
	local answer status seconds ms erased
	note "round $1, API: restoring the snapshot"
	restore
	TOKEN=$(admin_token)
	note "round $1, API: POST /api/v1/records/retention-runs (load average $(load_average))"
	cpu_mark
	answer=$(post_run "$WORK/run-$1.json") || fail "POST /api/v1/records/retention-runs failed"
	local cpu
	cpu=$(cpu_report curl 0 1)
	read -r status seconds <<<"$answer"
	[[ "$status" == 201 ]] || { head -c 2000 "$WORK/run-$1.json" >&2; fail "the retention run answered $status"; }
	[[ $(json 'v.rules.map((r) => r.recordType).join(" ")' <"$WORK/run-$1.json") == "${RULES[*]}" ]] \
		|| fail "the run applied other rules than bench/sql/retention.sql"
	erased=$(json 'v.rules.map((r) => r.erased).join(" ")' <"$WORK/run-$1.json")
	ms=$(awk -v s="$seconds" 'BEGIN { printf "%.0f", s * 1000 }')
	API_MS+=("$ms")
	check_run API "$1" "$erased"
	say "round $1, API: $ms ms end to end, erased $(per_rule "$erased")"
	say "         $cpu"
}

sql_run() {
	local columns=() values=() vars=() type i start end ms out="$WORK/sql-$1" counts times
	note "round $1, SQL: restoring the snapshot"
	restore
	# The run's cutoffs: its start less each rule's period (ISO 8601, as the hub answered it), and its start, as
	# literals for psql to put in place of :commentsCutoff … and :now.
	for type in "${RULES[@]}"; do
		columns+=("quote_literal(now() - interval '${PERIOD[$type]}')")
	done
	columns+=("quote_literal(now())")
	IFS='|' read -r -a values <<<"$(sql "select $(IFS=,; echo "${columns[*]}")")"
	for ((i = 0; i < ${#RULES[@]}; i++)); do
		vars+=(-v "$(cutoff_variable "${RULES[i]}")=${values[i]}")
	done
	vars+=(-v "now=${values[-1]}")
	note "round $1, SQL: bench/sql/retention.sql in psql (load average $(load_average))"
	cpu_mark
	start=$(date +%s%N)
	BENCH_SQL_TIMEOUT=$RUN_TIMEOUT run_tool "$out" pg "${vars[@]}" -c '\timing on' -f "$RETENTION_SQL" \
		|| { cat "$out.out" "$out.err" >&2; fail "psql failed"; }
	end=$(date +%s%N)
	local cpu
	cpu=$(cpu_report psql "$(cat "$out.time")" 1)
	ms=$(((end - start) / 1000000))
	SQL_MS+=("$ms")
	counts=$(grep -E '^[0-9]+$' "$out.out" | paste -sd ' ')
	times=$(awk '/^Time: / { printf "%s%.0f", (n++ ? " " : ""), $2 }' "$out.out")
	check_run SQL "$1" "$counts"
	say "round $1, SQL: $ms ms in psql, erased $(per_rule "$counts")"
	[[ -z "$times" ]] || say "         statements (ms; begin, ${RULES[*]}, commit): $times"
	say "         $cpu"
}

# live-events → liveEventsCutoff, the variable bench/sql/retention.sql names (RetentionBenchSqlTests).
cutoff_variable() {
	awk -F- '{ s = $1; for (i = 2; i <= NF; i++) s = s toupper(substr($i, 1, 1)) substr($i, 2); print s "Cutoff" }' <<<"$1"
}

# "N N N N N" → "comments N, notifications N, …"
per_rule() {
	local counts i
	read -r -a counts <<<"$1"
	local separator=
	for ((i = 0; i < ${#RULES[@]}; i++)); do
		printf '%s%s %s' "$separator" "${RULES[i]}" "${counts[i]}"
		separator=', '
	done
}

summarise_runs() {
	local api sql ratio
	api=$(printf '%s\n' "${API_MS[@]}" | median)
	sql=$(printf '%s\n' "${SQL_MS[@]}" | median)
	ratio=$(awk -v a="$api" -v s="$sql" 'BEGIN { printf "%.2f", a / s }')
	say ""
	say "erased by every run of either side: $(per_rule "$ERASED"); left: $STATE; reach counts $READERS_BEFORE readers before and after"
	say "$(printf 'retention      median API %s ms, SQL %s ms (%d runs per side, each from the same snapshot): API/SQL %s (aim <= 1.5)' \
		"$api" "$sql" "$ROUNDS" "$ratio")"
	say "$(ratio_line retention "$ratio" '<=' 1.5)"
}
