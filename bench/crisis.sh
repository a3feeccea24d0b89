# Benchmark "crisis" (issue 14): on the generated organisation (50,000 people), the admin persona sends a crisis message
# to the root unit through POST /api/v1/crises while CLIENTS (10,000) people have the banner open (WebSocket
# subscribers of the `crises` topic, bench/fanout/harness.mjs), and measures from "send" to
#   - the last in-app delivery: the notification rows (one per person, written by the delivery module's Notifier in
#     the sending transaction, a batch of recipients per statement), polled in the database, against the same
#     statements run bare with pgbench — the send's set-based statements (bench/sql/crisis-send.sql) and the
#     notifier's bulk statement once per batch (bench/sql/crisis-notify.sql);
#   - the last of the open banners (`crisis.sent` frames), against a bare Node `ws` broadcaster sending a frame of the
#     same payload to as many sockets (bench/fanout/raw-broadcaster.mjs) with the same harness;
# then the roll call for the whole city (GET /api/v1/crises/{id}/roll-call?unitId=<root>, wrk) against its statements
# (bench/sql/crisis-roll-call.sql, pgbench). Sourced by bench/run.sh.

PEOPLE=${BENCH_PEOPLE:-50000}
UNITS=${BENCH_UNITS:-5000}
CLIENTS=${BENCH_CLIENTS:-10000}
P50_DURATION=${BENCH_DURATION:-15}
P50_WARMUP=${BENCH_WARMUP:-20}
P50_CONNECTIONS=${BENCH_CONNECTIONS:-2}
P50_ROUNDS=${BENCH_ROUNDS:-2}
SEND_TIMEOUT=${BENCH_SEND_TIMEOUT:-900}
SEND_SQL="$BENCH_DIR/sql/crisis-send.sql"
NOTIFY_SQL="$BENCH_DIR/sql/crisis-notify.sql"
# Recipients per notifier statement: OutboxNotifier.BATCH (NotifyBenchSqlTests keeps them equal).
NOTIFY_BATCH=5000
ROLL_CALL_SQL="$BENCH_DIR/sql/crisis-roll-call.sql"

TOKEN=
ROOT_UNIT=
CRISIS=
RECIPIENTS=
TITLE=
RESULTS=()
POLL_PID=
RAW_PID=

bench_main() {
	(($# == 0)) || fail "crisis takes no arguments; settings are environment variables (bench/README.md)"
	require "java node curl psql pgbench wrk awk" "see bench/README.md (Debian: apt-get install wrk postgresql-client)"
	ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
	(($(ulimit -n) >= CLIENTS + 1000)) || fail "ulimit -n is $(ulimit -n); each side needs $((CLIENTS + 1000)) descriptors"
	[[ -d "$ROOT/widgets/node_modules/ws" ]] || (cd "$ROOT/widgets" && npm ci --no-audit --no-fund >/dev/null)
	mkdir -p "$BENCH_DIR/results"
	RESULT_FILE="$BENCH_DIR/results/crisis-$(date +%Y-%m-%d-%H%M%S).txt"
	: >"$RESULT_FILE"
	say "# Budkavle bench: a crisis message to ${PEOPLE} people with ${CLIENTS} banners open, and its roll call"
	say "$(date -Is), commit $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)," \
		"$CORES cores, load average at start: $(load_average)"
	build_jar
	generate_organisation
	# 10,000 sockets sign in within a minute or two on a loaded machine.
	HUB_ARGS=(--budkavle.live.auth-timeout=300s)
	start_hub
	on_exit stop_side_processes
	TOKEN=$(admin_token)
	import_organisation
	vacuum_analyze
	ROOT_UNIT=$(sql "select id from unit where parent_id is null and active")
	RECIPIENTS=$(sql "select count(distinct person_id) from subtree_member where ancestor_id = '$ROOT_UNIT'")
	banner_subscribers
	send_to_the_city
	bare_in_app
	roll_call
	stop_hub
	raw_banners
	say ""
	for line in "${RESULTS[@]}"; do say "$line"; done
	say "load average at the end: $(load_average)"
	note "results written to ${RESULT_FILE#"$ROOT"/}"
}

stop_side_processes() {
	[[ -z "$POLL_PID" ]] || kill -TERM "$POLL_PID" 2>/dev/null
	[[ -z "$RAW_PID" ]] || kill -TERM "$RAW_PID" 2>/dev/null
	POLL_PID=
	RAW_PID=
}

# CLIENTS people of the city, each with a demo token, to have the banner open.
banner_subscribers() {
	sql "select p.id from person p where p.active and exists (select 1 from subtree_member s
		where s.ancestor_id = '$ROOT_UNIT' and s.person_id = p.id) order by md5(p.id::text) limit $CLIENTS" >"$WORK/people.txt"
	(($(wc -l <"$WORK/people.txt") == CLIENTS)) || fail "the organisation holds fewer than $CLIENTS people (BENCH_PEOPLE)"
	note "issuing $CLIENTS demo tokens"
	issue_tokens_for "$WORK/people.txt" "$WORK/tokens.txt"
}

# Counts the crisis's notification rows every 0.2 s until all RECIPIENTS are there; writes the wall clock (ms since
# the epoch) of that moment to $WORK/in-app.done.
poll_in_app() {
	local deadline=$((SECONDS + SEND_TIMEOUT))
	while ((SECONDS < deadline)); do
		if (($(sql "select count(*) from notification where kind = 'crisis.sent' and title = 'ÖVNING: $TITLE'") >= RECIPIENTS)); then
			date +%s%3N >"$WORK/in-app.done"
			return
		fi
		sleep 0.2
	done
}

# The crisis message to the root unit, sent by the harness once every banner socket is subscribed.
send_to_the_city() {
	local out
	TITLE="Bench: strömavbrott $(date +%H%M%S)"
	cat >"$WORK/crisis.json" <<-EOF
		{"title":"$TITLE","body":"Strömmen är borta i hela staden. Stanna där du är och följ instruktionerna från din chef. $(printf 'x%.0s' {1..200})",
		 "severity":"CRITICAL","targets":[{"unitId":"$ROOT_UNIT"}],"confirmation":"SAFETY","exercise":true}
	EOF
	poll_in_app &
	POLL_PID=$!
	say "hub RSS before connections: $(hub_memory)"
	note "hub: $CLIENTS banners subscribe, then the crisis message to $RECIPIENTS people"
	run_tool "$WORK/hub-crisis" node "$BENCH_DIR/fanout/harness.mjs" --ws "ws://127.0.0.1:$HUB_PORT/api/v1/live" \
		--clients "$CLIENTS" --events 1 --tokens "$WORK/tokens.txt" --subscribe crises \
		--publish "$HUB_URL/api/v1/crises" --publisher-token "$TOKEN" --match crisis.sent --body "$WORK/crisis.json" \
		--event-timeout $((SEND_TIMEOUT * 1000)) --pid "$HUB_PID" \
		|| { cat "$WORK/hub-crisis.err" >&2; fail "the harness failed against the hub"; }
	out=$(cat "$WORK/hub-crisis.out")
	wait "$POLL_PID" || true
	POLL_PID=
	[[ -s "$WORK/in-app.done" ]] || fail "not every in-app notification arrived within $SEND_TIMEOUT s"
	CRISIS=$(sql "select id from crisis where title = '$TITLE'")
	HUB_IN_APP_MS=$(($(cat "$WORK/in-app.done") - $(json 'v.publishStartedAtMs[0]' <<<"$out")))
	HUB_BANNERS=$out
	say "hub: $out"
	say "hub RSS after the send: $(hub_memory)"
	say "crisis $CRISIS: $(sql "select count(*) from crisis_recipient where crisis_id = '$CRISIS'") recipients," \
		"$(sql "select count(*) from notification where kind = 'crisis.sent' and title = 'ÖVNING: $TITLE'") notifications," \
		"$(sql "select string_agg(channel || ' ' || n, ', ') from (select channel, count(*) as n from crisis_delivery
			where crisis_id = '$CRISIS' group by channel) c") crisis deliveries;" \
		"delivery rows per channel: $(sql "select coalesce(string_agg(channel || ' ' || n, ', '), 'none') from (select d.channel,
			count(*) as n from delivery d join notification n on n.id = d.notification_id
			where n.kind = 'crisis.sent' and n.title = 'ÖVNING: $TITLE' group by d.channel) c")"
	say "send → last in-app notification: $HUB_IN_APP_MS ms (POST answered after $(json 'v.publishAnsweredMs[0]' <<<"$out") ms);" \
		"send → last of $(json 'v.delivered' <<<"$out")/$CLIENTS banners: $(json 'v.max' <<<"$out") ms, p50 $(json 'v.p50' <<<"$out") ms"
}

# The same statements run bare: the send's set-based statements in one transaction, then the notifier's bulk statement
# once per batch of NOTIFY_BATCH recipients (the crisis's recipients, numbered into bench_notify_batch, which each
# transaction looks its batch up in), one after another on one connection (prepared; synchronous_commit off, so that
# the per-statement commits do not wait for the disk, as the hub's single transaction does not), with the channels the
# hub used.
bare_in_app() {
	local channels batches start end send_ms notify_ms
	channels=$(sql "select '{' || coalesce(string_agg(distinct d.channel, ','), '') || '}' from delivery d
		join notification n on n.id = d.notification_id where n.kind = 'crisis.sent' and n.title = 'ÖVNING: $TITLE'")
	sql "drop table if exists bench_notify_batch;
		create table bench_notify_batch as select n, array_agg(person_id) as ids
		from (select person_id, (row_number() over (order by person_id) - 1) / $NOTIFY_BATCH + 1 as n
		    from crisis_recipient where crisis_id = '$CRISIS') r group by n;
		alter table bench_notify_batch add primary key (n);
		analyze bench_notify_batch" >/dev/null
	batches=$(sql "select count(*) from bench_notify_batch")
	note "SQL: the send's statements, then $batches notifier statements for $RECIPIENTS people"
	run_pgbench_on "$WORK/crisis-send-pg" 1 1 1 -t 1 -f "$SEND_SQL" -D units="{$ROOT_UNIT}" \
		-D title="Bench: bare" -D body="$(json 'v.body' <"$WORK/crisis.json")" -D severity=CRITICAL \
		-D confirmation=SAFETY -D exercise=true -D senderId="$(sql "select id from person where external_id = 'demo-admin'")" \
		-D now="$(date -u +%Y-%m-%dT%H:%M:%S.%6NZ)" -D channel=in-app
	send_ms=$(pgbench_latencies "$WORK/crisis-send-pg" | awk '{ printf "%.0f", $1 / 1000 }')
	start=$(date +%s%3N)
	PGOPTIONS="-c synchronous_commit=off" run_pgbench_on "$WORK/crisis-notify-pg" 1 1 1 -t "$batches" -f "$NOTIFY_SQL" \
		-D batch=0 -D kind=crisis.sent -D title="ÖVNING: Bench: bare" \
		-D body="$(json 'v.body' <"$WORK/crisis.json")" -D now="$(date -u +%Y-%m-%dT%H:%M:%S.%6NZ)" \
		-D channels="$channels"
	end=$(date +%s%3N)
	notify_ms=$((end - start))
	BARE_IN_APP_MS=$((send_ms + notify_ms))
	say "SQL: send statements $send_ms ms, $batches notifier statements for $RECIPIENTS people $notify_ms ms" \
		"(channels $channels): $BARE_IN_APP_MS ms"
	RESULTS+=("$(printf '%-14s send → last of %d in-app notifications: hub %d ms, the same SQL bare %d ms: hub/SQL %.2f' in-app \
		"$RECIPIENTS" "$HUB_IN_APP_MS" "$BARE_IN_APP_MS" "$(awk -v a="$HUB_IN_APP_MS" -v b="$BARE_IN_APP_MS" 'BEGIN { print a / b }')")")
}

# Answers as a roll call would have them some minutes in (60 % safe, 10 % received, 1 % need help), then the whole
# city's roll call for the root unit's manager (counts and the people not yet answered or needing help).
roll_call() {
	local manager token body
	sql "select setseed(0.14);
		update crisis_recipient set status = case when random() < 0.015 then 'NEED_HELP' when random() < 0.85 then 'SAFE'
		    else 'RECEIVED' end, answered_at = now()
		where crisis_id = '$CRISIS' and random() < 0.71;
		analyze crisis_recipient" >/dev/null
	manager=$(sql "select m.person_id from unit_manager m where m.unit_id = '$ROOT_UNIT' order by m.deputy limit 1")
	token=$(curl -fsS --max-time 30 -H 'Content-Type: application/json' -d "{\"personId\":\"$manager\"}" \
		"$HUB_URL/demo/token" | json 'v.access_token') || fail "POST /demo/token failed"
	body=$(curl -fsS --max-time 120 -H "Authorization: Bearer $token" \
		"$HUB_URL/api/v1/crises/$CRISIS/roll-call?unitId=$ROOT_UNIT") || fail "GET roll-call failed"
	[[ $(json 'v.counts.expected' <<<"$body") == "$RECIPIENTS" ]] || fail "the roll call counts $(json 'v.counts.expected' <<<"$body")"
	say "roll call of the whole city for its manager: $(json 'JSON.stringify(v.counts)' <<<"$body"), $(json 'v.people.length' <<<"$body") people listed"
	P50_AIM="<= 1.5"
	measure_p50 roll-call "$HUB_URL/api/v1/crises/$CRISIS/roll-call?unitId=$ROOT_UNIT" "$token" "$ROLL_CALL_SQL" \
		-D crisisId="$CRISIS" -D unitId="$ROOT_UNIT"
}

# The banners' baseline: a bare ws broadcaster, the same harness and number of sockets, a frame of the same payload.
raw_banners() {
	local raw_port out
	raw_port=$(free_port)
	node "$BENCH_DIR/fanout/raw-broadcaster.mjs" "$raw_port" >"$WORK/raw.log" 2>&1 &
	RAW_PID=$!
	until grep -q "raw broadcaster on" "$WORK/raw.log"; do
		kill -0 "$RAW_PID" 2>/dev/null || fail "the raw broadcaster did not start: $(cat "$WORK/raw.log")"
		sleep 0.2
	done
	printf '{"topic":"crises","event":"crisis.sent","payload":{"crisisId":"%s"}}' "$CRISIS" >"$WORK/raw.json"
	note "raw ws broadcaster: $CLIENTS clients subscribe, then one frame"
	run_tool "$WORK/raw-crisis" node "$BENCH_DIR/fanout/harness.mjs" --ws "ws://127.0.0.1:$raw_port/api/v1/live" \
		--publish "http://127.0.0.1:$raw_port/publish" --clients "$CLIENTS" --events 1 --subscribe crises \
		--match crisis.sent --body "$WORK/raw.json" --pid "$RAW_PID" \
		|| { cat "$WORK/raw-crisis.err" >&2; fail "the harness failed against the raw broadcaster"; }
	out=$(cat "$WORK/raw-crisis.out")
	say "raw: $out"
	stop_side_processes
	RESULTS+=("$(node -e 'const h = JSON.parse(process.argv[1]), r = JSON.parse(process.argv[2]);
		console.log(`banners        send → last of ${h.delivered}/${h.expected} banners: hub ${h.max} ms (p50 ${h.p50}), raw ws ${r.max} ms (p50 ${r.p50}): hub/raw ${(h.max / r.max).toFixed(1)}; after the send had answered: hub ${(h.max - h.publishAnsweredMs[0]).toFixed(1)} ms`)' \
		"$HUB_BANNERS" "$out")")
}
