# Benchmark "cascade" (issue 13): on the generated organisation (50,000 people, ~5,000 units, one manager each), the
# root unit's manager sends a cascade to the whole city, all levels at once (fan-out to every manager), through
# POST /api/v1/cascades (curl, one after another) against the very statements the send runs, in its transaction
# (bench/sql/cascade-send.sql, pgbench -M prepared, one client); then the tracker tree for the whole city
# (GET /api/v1/cascades/{id}/tracker, wrk) against TrackerRows.TREE (bench/sql/cascade-tracker.sql, pgbench), and
# beside it the reach report of an organisation-wide post (GET /api/v1/reach/posts/{id}, wrk, against
# bench/sql/reach-post.sql) on the same organisation, for the "same order" comparison. Sourced by bench/run.sh.

PEOPLE=${BENCH_PEOPLE:-50000}
UNITS=${BENCH_UNITS:-5000}
SENDS=${BENCH_SENDS:-10}
WARM_SENDS=${BENCH_WARM_SENDS:-3}
ROUNDS=${BENCH_ROUNDS:-2}
P50_DURATION=${BENCH_DURATION:-15}
P50_WARMUP=${BENCH_WARMUP:-20}
P50_CONNECTIONS=${BENCH_CONNECTIONS:-2}
P50_ROUNDS=$ROUNDS
SEND_SQL="$BENCH_DIR/sql/cascade-send.sql"
TREE_SQL="$BENCH_DIR/sql/cascade-tracker.sql"
REACH_SQL="$BENCH_DIR/sql/reach-post.sql"

TOKEN=
SENDER=
SENDER_TOKEN=
ROOT_UNIT=
CASCADE=
DEADLINE=
RESULTS=()

bench_main() {
	(($# == 0)) || fail "cascade takes no arguments; settings are environment variables (bench/README.md)"
	require "java node curl psql pgbench wrk awk" "see bench/README.md (Debian: apt-get install wrk postgresql-client)"
	mkdir -p "$BENCH_DIR/results"
	RESULT_FILE="$BENCH_DIR/results/cascade-$(date +%Y-%m-%d-%H%M%S).txt"
	: >"$RESULT_FILE"
	say "# Budkavle bench: a cascade through ${PEOPLE} people in ${UNITS} units, API against the same SQL"
	say "$(date -Is), commit $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)," \
		"$CORES cores, load average at start: $(load_average)"
	build_jar
	generate_organisation
	start_hub
	TOKEN=$(admin_token)
	import_organisation
	vacuum_analyze
	choose_sender
	first_send
	measure_sends
	progress
	vacuum_analyze
	tracker_check
	P50_AIM="same order as reach"
	measure_p50 tracker "$HUB_URL/api/v1/cascades/$CASCADE/tracker?unitId=$ROOT_UNIT" "$SENDER_TOKEN" "$TREE_SQL" \
		-D cascadeId="$CASCADE" -D unitId="$ROOT_UNIT"
	local tracker_api=$P50_API
	reach_post
	P50_AIM="<= 1.5"
	measure_p50 reach-post-org "$HUB_URL/api/v1/reach/posts/$POST?unitId=$ROOT_UNIT" "$HR_TOKEN" "$REACH_SQL" \
		-D postId="$POST" -D unitId="$ROOT_UNIT" -D withheld='{}' -D half=$(((AUDIENCE + 1) / 2)) \
		-D most=$(((AUDIENCE * 4 + 4) / 5))
	say ""
	for line in "${RESULTS[@]}"; do say "$line"; done
	say "tracker/reach (API p50, whole city): $(awk -v t="$tracker_api" -v r="$P50_API" 'BEGIN { printf "%.2f", t / r }')" \
		"(aim: the same order, i.e. at most about 10)"
	say "hub memory at the end: $(hub_memory)"
	say "load average at the end: $(load_average)"
	note "results written to ${RESULT_FILE#"$ROOT"/}"
}

# The root unit's manager sends (a manager within their own subtree: the send checks that they manage it).
choose_sender() {
	ROOT_UNIT=$(sql "select id from unit where parent_id is null and active")
	SENDER=$(sql "select m.person_id from unit_manager m join person p on p.id = m.person_id and p.active
		where m.unit_id = '$ROOT_UNIT' order by m.deputy, p.display_name, p.id limit 1")
	[[ -n "$SENDER" ]] || fail "the root unit has no manager"
	SENDER_NAME=$(sql "select display_name from person where id = '$SENDER'")
	SENDER_TOKEN=$(curl -fsS --max-time 30 -H 'Content-Type: application/json' -d "{\"personId\":\"$SENDER\"}" \
		"$HUB_URL/demo/token" | json 'v.access_token') || fail "POST /demo/token failed"
	# One overall deadline, a week ahead (the statements bind it both to the cascade and to every unit opened).
	DEADLINE=$(sql "select to_char((now() + interval '7 days') at time zone 'utc', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
	say "sender: $SENDER_NAME, manager of the root unit; $(sql "select count(*) from unit where active") units," \
		"$(sql "select count(distinct person_id) from unit_manager") managers," \
		"$(sql "select count(*) from unit u where active and not exists (select 1 from unit_manager m where m.unit_id = u.id)") units without one"
	cat >"$WORK/cascade.json" <<-EOF
		{"title":"Bench: ny organisation för hemtjänsten","message":"Från den 1 mars samlas hemtjänsten i tre distrikt. $(printf 'x%.0s' {1..400})",
		 "changes":"Distriktsindelningen och vem som är chef.","unchanged":"Scheman och arbetsplatser.",
		 "talkingPoints":["Varför vi ändrar","Vad som händer nu"],
		 "questions":[{"question":"Får jag ny chef?","answer":"Kanske; besked kommer i februari."}],
		 "localJudgement":"Hur det påverkar just er enhet.","doNotSay":"Inga namn på nya chefer ännu.",
		 "feedbackQuestion":"Vad betyder det här för er?","targets":[{"unitId":"$ROOT_UNIT"}],"mode":"ALL_AT_ONCE",
		 "deadline":"$DEADLINE"}
	EOF
}

# send_once: one POST /api/v1/cascades; the cascade's id in SENT_ID and the wall time in ms in SENT_MS.
send_once() {
	local answer status ms
	answer=$(curl -sS --max-time 600 -o "$WORK/sent.json" -w '%{http_code} %{time_total}' \
		-H "Authorization: Bearer $SENDER_TOKEN" -H 'Content-Type: application/json' --data-binary "@$WORK/cascade.json" \
		"$HUB_URL/api/v1/cascades") || fail "POST /api/v1/cascades failed"
	read -r status ms <<<"$answer"
	[[ "$status" == 201 ]] || { cat "$WORK/sent.json" >&2; fail "POST /api/v1/cascades answered $status"; }
	SENT_ID=$(json 'v.id' <"$WORK/sent.json")
	SENT_MS=$(awk -v s="$ms" 'BEGIN { printf "%.1f", s * 1000 }')
}

# The first send is the one the tracker shows: every unit reached, each with its manager.
first_send() {
	local ms reached
	send_once
	CASCADE=$SENT_ID
	ms=$SENT_MS
	reached=$(sql "select count(*) filter (where reached_at is not null) || '/' || count(*) || ' units reached, '
		|| count(distinct manager_id) || ' managers, ' || count(*) filter (where carrier_id is not null) || ' carried'
		from cascade_unit where cascade_id = '$CASCADE'")
	say "first send: cascade $CASCADE in $ms ms (cold hub): $reached"
	[[ $(sql "select count(*) from cascade_unit where cascade_id = '$CASCADE' and reached_at is null") == 0 ]] \
		|| fail "the cascade did not reach every unit at once"
}

# pgbench's values for bench/sql/cascade-send.sql: what the hub binds for the same request (the cascade's id comes
# from \gset; levelDeadline stays undefined, which pgbench sends as NULL, as the hub binds it).
send_variables() {
	local now
	now=$(sql "select to_char(now() at time zone 'utc', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')")
	SQL_SENT_AT=$now
	SEND_VARS=(-D targets="{$ROOT_UNIT}" -D personId="$SENDER" -D senderId="$SENDER" -D senderName="$SENDER_NAME"
		-D title="$(json 'v.title' <"$WORK/cascade.json")" -D message="$(json 'v.message' <"$WORK/cascade.json")"
		-D changes="$(json 'v.changes' <"$WORK/cascade.json")" -D unchanged="$(json 'v.unchanged' <"$WORK/cascade.json")"
		-D talkingPoints="$(json 'JSON.stringify(v.talkingPoints)' <"$WORK/cascade.json")"
		-D questions="$(json 'JSON.stringify(v.questions)' <"$WORK/cascade.json")"
		-D localJudgement="$(json 'v.localJudgement' <"$WORK/cascade.json")"
		-D doNotSay="$(json 'v.doNotSay' <"$WORK/cascade.json")"
		-D feedbackQuestion="$(json 'v.feedbackQuestion' <"$WORK/cascade.json")" -D mode=ALL_AT_ONCE
		-D deadline="$DEADLINE" -D sentAt="$now" -D now="$now" -D all=true -D units='{}')
}

# WARM_SENDS sends of each side, then ROUNDS rounds of SENDS sends per side, one at a time, alternating which side
# goes first; the p50 of each side's send times.
measure_sends() {
	local round i before
	send_variables
	say ""
	say "Send: ${ROUNDS} round(s) of ${SENDS} sends per side, one at a time, after ${WARM_SENDS} warm-up sends each."
	for ((i = 0; i < WARM_SENDS; i++)); do send_once; done
	before=$(sql "select count(*) from cascade")
	run_pgbench_on "$WORK/send-pg-warmup" 1 1 1 -t "$WARM_SENDS" -f "$SEND_SQL" "${SEND_VARS[@]}"
	(($(sql "select count(*) from cascade") == before + WARM_SENDS)) || fail "pgbench did not store its cascades"
	check_sql_send
	for ((round = 1; round <= ROUNDS; round++)); do
		note "send: round $round"
		if ((round % 2)); then
			api_sends "$round"
			sql_sends "$round"
		else
			sql_sends "$round"
			api_sends "$round"
		fi
	done
	SEND_API=$(cat "$WORK"/send-api-*.ms | median)
	SEND_SQL_P50=$(pgbench_latencies "$WORK/send-pg-1" | cat - <(for ((round = 2; round <= ROUNDS; round++)); do
		pgbench_latencies "$WORK/send-pg-$round"; done) | median | awk '{ printf "%.1f", $1 / 1000 }')
	RESULTS+=("$(printf '%-14s p50 API %.1f ms, SQL %.1f ms (%d sends per side, one at a time): API/SQL %.2f' send \
		"$SEND_API" "$SEND_SQL_P50" $((SENDS * ROUNDS)) "$(awk -v a="$SEND_API" -v s="$SEND_SQL_P50" 'BEGIN { print a / s }')")")
	say "${RESULTS[-1]}"
}

# The SQL side did the same work as the API: a pgbench cascade (sent at pgbench's sentAt) reached as many units as the
# API's.
check_sql_send() {
	local last
	last=$(sql "select id from cascade where sent_at = '$SQL_SENT_AT' limit 1")
	[[ -n "$last" ]] || fail "no cascade stored by pgbench"
	[[ $(sql "select count(*) from cascade_unit where cascade_id = '$last' and reached_at is not null") \
		== $(sql "select count(*) from cascade_unit where cascade_id = '$CASCADE'") ]] \
		|| fail "a pgbench send reached fewer units than the API's"
	say "check: a pgbench send stores the same cascade_unit rows, every unit reached, as an API send"
}

api_sends() {
	local i
	: >"$WORK/send-api-$1.ms"
	cpu_mark
	for ((i = 0; i < SENDS; i++)); do
		send_once
		echo "$SENT_MS" >>"$WORK/send-api-$1.ms"
	done
	say "send round $1, API: p50 $(median <"$WORK/send-api-$1.ms") ms, $(cpu_report curl 0 "$SENDS")"
}

sql_sends() {
	cpu_mark
	run_pgbench_on "$WORK/send-pg-$1" 1 1 1 -t "$SENDS" -f "$SEND_SQL" "${SEND_VARS[@]}"
	say "send round $1, SQL: $(pgbench_latencies "$WORK/send-pg-$1" | percentiles), $(cpu_report pgbench \
		"$(cat "$WORK/send-pg-$1.time")" "$SENDS")"
}

# The tracked cascade in progress, as managers would leave it a few days in: 70 % of units opened, 40 % relayed at
# a workplace meeting (a cascade_relay row each), 15 % of those also discussed; written straight into the tables.
progress() {
	note "marking progress on the tracked cascade"
	sql "select setseed(0.13);
		update cascade_unit set opened_at = reached_at + interval '1 hour' * random() * 48
		where cascade_id = '$CASCADE' and random() < 0.7;
		update cascade_unit set relayed_at = opened_at + interval '1 hour' * random() * 24
		where cascade_id = '$CASCADE' and opened_at is not null and random() < 0.57;
		update cascade_unit set discussed_at = relayed_at where cascade_id = '$CASCADE' and relayed_at is not null
		  and random() < 0.15;
		insert into cascade_relay (cascade_id, unit_id, person_id, person_name, kind, meeting_date, participants,
		                           meeting_questions, meeting_feedback, relayed_at)
		select cascade_id, unit_id, coalesce(manager_id, carrier_id, '$SENDER'), coalesce(manager_name, carrier_name, 'x'),
		       'MEETING', relayed_at::date, 8, 'Vad händer med schemat?', 'Oro för restider.', relayed_at
		from cascade_unit where cascade_id = '$CASCADE' and relayed_at is not null" >/dev/null
	say "tracked cascade: $(sql "select count(*) filter (where opened_at is not null) || ' opened, '
		|| count(*) filter (where relayed_at is not null) || ' relayed, ' || count(*) filter (where discussed_at is not null)
		|| ' discussed of ' || count(*) || ' units' from cascade_unit where cascade_id = '$CASCADE'")"
}

# The tracker answers the whole tree (one node per unit) for the sender.
tracker_check() {
	local answer nodes ms status
	answer=$(curl -sS --max-time 300 -o "$WORK/tracker.json" -w '%{http_code} %{time_total}' \
		-H "Authorization: Bearer $SENDER_TOKEN" "$HUB_URL/api/v1/cascades/$CASCADE/tracker?unitId=$ROOT_UNIT") \
		|| fail "GET tracker failed"
	read -r status ms <<<"$answer"
	[[ "$status" == 200 ]] || { head -c 2000 "$WORK/tracker.json" >&2; fail "the tracker answered $status"; }
	nodes=$(json 'const count = (n) => 1 + (n.children ?? []).reduce((s, c) => s + count(c), 0); count(v.root)' \
		<"$WORK/tracker.json")
	[[ "$nodes" == $(sql "select count(*) from cascade_unit where cascade_id = '$CASCADE'") ]] \
		|| fail "the tracker shows $nodes units, the cascade has more"
	say "tracker of the whole city: $nodes units, $(($(wc -c <"$WORK/tracker.json") / 1024)) KB of JSON," \
		"first answer in $(awk -v s="$ms" 'BEGIN { printf "%.0f", s * 1000 }') ms"
}

# One post to the whole organisation, written as publication leaves it, read by about 90 % of its audience, for the
# reach report beside the tracker (as bench/reach.sh writes its posts).
reach_post() {
	note "an organisation-wide post with reads"
	POST=$(sql "insert into post (id, author_id, title, body_markdown, body_html, excerpt, priority, language,
			comments_enabled, ack_required, status, publish_at, published_at)
		values (gen_random_uuid(), (select id from person where external_id = 'demo-admin'), 'Nyhet', 'Text', '<p>Text</p>',
			'Text', 'NORMAL', 'sv', true, true, 'PUBLISHED', now() - interval '3 days', now() - interval '3 days')
		returning id" | head -1)
	sql "insert into post_target (post_id, unit_id, include_subunits) values ('$POST', '$ROOT_UNIT', true);
		insert into post_audience (post_id, person_id, unit_id)
		select '$POST', m.person_id, m.unit_id from membership m join person p on p.id = m.person_id and p.active
		where m.is_primary;
		update post set audience_size = (select count(*) from post_audience where post_id = '$POST') where id = '$POST';
		insert into post_read (post_id, person_id, first_read_at)
		select pa.post_id, pa.person_id, p.published_at + random() * interval '72 hours'
		from post_audience pa join post p on p.id = pa.post_id where pa.post_id = '$POST' and random() < 0.9;
		insert into acknowledgement (post_id, person_id, acknowledged_at)
		select pa.post_id, pa.person_id, p.published_at + random() * interval '72 hours'
		from post_audience pa join post p on p.id = pa.post_id where pa.post_id = '$POST' and random() < 0.5;
		analyze post_audience; analyze post_read; analyze acknowledgement" >/dev/null
	AUDIENCE=$(sql "select count(*) from post_audience where post_id = '$POST'")
	HR_TOKEN=$(persona_token hr)
	say "reach: post $POST to the whole city, audience $AUDIENCE, $(sql "select count(*) from post_read where post_id = '$POST'") reads"
}

# A token of a demo persona by key.
persona_token() {
	local person
	person=$(curl -fsS --max-time 30 "$HUB_URL/demo/personas" | json "v.find((p) => p.key === '$1')?.personId ?? ''")
	[[ -n "$person" ]] || fail "the demo persona $1 is missing"
	curl -fsS --max-time 30 -H 'Content-Type: application/json' -d "{\"personId\":\"$person\"}" "$HUB_URL/demo/token" \
		| json 'v.access_token' || fail "POST /demo/token failed"
}
