# Benchmark "fanout": N WebSocket subscribers (default 10,000) of one post's thread (post:{id}), each signed in as
# another person of the post's audience, and E comments (default 20) posted one after another through the comments API
# (comment row, event row + pg_notify in the same transaction, LISTEN, the thread's audience check for all N people,
# fan-out to the sessions). The baseline is a raw Node `ws` broadcaster driven by the same harness with a payload of
# the same size in the same run. Reports publish→receive p50/p99, delivered/expected and the hub's resident memory at
# N connections. BENCH_FANOUT_MODE=bench measures the bare event path instead (one person on a bench:* topic through
# the bench-only route POST /api/v1/live/bench/events, no organisation to import). Each side first serves a warm-up run
# that is not counted (BENCH_FANOUT_WARMUP_CLIENTS 2,000 subscribers, BENCH_FANOUT_WARMUP_EVENTS 100 events; 0 events
# for none). With BENCH_PROFILE=1 the hub is profiled for its whole measured run (the subscriptions, then the
# events). Sourced by bench/run.sh.

CLIENTS=${BENCH_CLIENTS:-10000}
EVENTS=${BENCH_EVENTS:-20}
MODE=${BENCH_FANOUT_MODE:-comments}
# Before the measured run, each side serves a warm-up run that is not counted (0 events: none), so that the hub is
# measured once its JIT compiler has compiled the fan-out, as a hub that has been up a while is, like every other
# benchmark here measures after a warm-up.
WARMUP_EVENTS=${BENCH_FANOUT_WARMUP_EVENTS:-100}
WARMUP_CLIENTS=${BENCH_FANOUT_WARMUP_CLIENTS:-2000}
# The generated organisation of the comments mode: its whole audience must hold the N subscribers
PEOPLE=${BENCH_PEOPLE:-12000}
UNITS=${BENCH_UNITS:-1200}

bench_main() {
	(($# == 0)) || fail "fanout takes no arguments; settings are environment variables (bench/README.md)"
	require "java node curl" "see bench/README.md"
	# Each client is a socket in the hub and one in the harness: raise the descriptor limit for this shell's children.
	ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
	(($(ulimit -n) >= CLIENTS + 1000)) || fail "ulimit -n is $(ulimit -n); each side needs $((CLIENTS + 1000)) descriptors"
	[[ -d "$ROOT/widgets/node_modules/ws" ]] || (cd "$ROOT/widgets" && npm ci --no-audit --no-fund >/dev/null)
	mkdir -p "$BENCH_DIR/results"
	RESULT_FILE="$BENCH_DIR/results/fanout-$(date +%Y-%m-%d-%H%M%S).txt"
	: >"$RESULT_FILE"
	say "# Budkavle bench: fan-out to $CLIENTS WebSocket subscribers, $EVENTS events, hub against a raw ws broadcaster"
	say "$(date -Is), commit $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)," \
		"$CORES cores, load average at start: $(load_average)"
	say "mode: $MODE"
	build_jar
	[[ $MODE == bench ]] || generate_organisation
	# A generous sign-in deadline: 10,000 sockets sign in within a minute or two on a loaded machine. The comments
	# mode posts 20 comments in seconds as one person, past the rate limit of 10 a minute. The bench mode opens every
	# socket with one token, past the limit of 10 sockets per person.
	HUB_ARGS=(--budkavle.live.bench-endpoint=true --budkavle.live.auth-timeout=300s
		--budkavle.comments.rate-limit=1000000000 --budkavle.live.max-sockets-per-person=1000000)
	start_hub
	local raw_port raw_pid harness
	TOKEN=$(admin_token)
	if [[ $MODE == bench ]]; then
		harness=(--publish "$HUB_URL/api/v1/live/bench/events" --token "$TOKEN")
	else
		import_organisation
		thread_subscribers
		harness=(--tokens "$WORK/tokens.txt" --subscribe "post:$POST" --publish "$HUB_URL/api/v1/posts/$POST/comments"
			--publisher-token "$TOKEN" --comments)
	fi
	warm_up hub "ws://127.0.0.1:$HUB_PORT/api/v1/live" "$HUB_PID" "${harness[@]}"
	say "hub RSS before connections: $(hub_memory)"
	note "hub: $CLIENTS clients subscribe, then $EVENTS events"
	profile_start
	run_tool "$WORK/hub-fanout" node "$BENCH_DIR/fanout/harness.mjs" --ws "ws://127.0.0.1:$HUB_PORT/api/v1/live" \
		--clients "$CLIENTS" --events "$EVENTS" --pid "$HUB_PID" "${harness[@]}" \
		|| { cat "$WORK/hub-fanout.err" >&2; fail "the harness failed against the hub"; }
	profile_stop hub-fanout
	say "hub: $(cat "$WORK/hub-fanout.out")"
	say "hub RSS after the run: $(hub_memory)"
	stop_hub

	raw_port=$(free_port)
	node "$BENCH_DIR/fanout/raw-broadcaster.mjs" "$raw_port" >"$WORK/raw.log" 2>&1 &
	raw_pid=$!
	RAW_PID=$raw_pid
	on_exit stop_raw
	until grep -q "raw broadcaster on" "$WORK/raw.log"; do
		kill -0 "$raw_pid" 2>/dev/null || fail "the raw broadcaster did not start: $(cat "$WORK/raw.log")"
		sleep 0.2
	done
	warm_up raw "ws://127.0.0.1:$raw_port/api/v1/live" "$raw_pid" --publish "http://127.0.0.1:$raw_port/publish"
	note "raw ws broadcaster: $CLIENTS clients subscribe, then $EVENTS events"
	run_tool "$WORK/raw-fanout" node "$BENCH_DIR/fanout/harness.mjs" --ws "ws://127.0.0.1:$raw_port/api/v1/live" \
		--publish "http://127.0.0.1:$raw_port/publish" --clients "$CLIENTS" --events "$EVENTS" --pid "$raw_pid" \
		|| { cat "$WORK/raw-fanout.err" >&2; fail "the harness failed against the raw broadcaster"; }
	say "raw: $(cat "$WORK/raw-fanout.out")"
	local ratio
	ratio=$(node -e 'const h = JSON.parse(process.argv[1]), r = JSON.parse(process.argv[2]);
		console.log(`p99 hub/raw = ${(h.p99 / r.p99).toFixed(2)} (aim <= 1.5); delivered hub ${h.delivered}/${h.expected}, raw ${r.delivered}/${r.expected}`)' \
		"$(cat "$WORK/hub-fanout.out")" "$(cat "$WORK/raw-fanout.out")")
	say "$ratio"
	say "load average at end: $(load_average)"
}

# warm_up SIDE WS PID HARNESS-ARGS…: the side's warm-up run (WARMUP_CLIENTS subscribers, WARMUP_EVENTS events), said
# but not counted.
warm_up() {
	local side=$1 ws=$2 pid=$3
	shift 3
	((WARMUP_EVENTS > 0)) || return 0
	note "$side: warm-up, $WARMUP_CLIENTS clients, $WARMUP_EVENTS events (not counted)"
	run_tool "$WORK/$side-warmup" node "$BENCH_DIR/fanout/harness.mjs" --ws "$ws" --clients "$WARMUP_CLIENTS" \
		--events "$WARMUP_EVENTS" --pid "$pid" "$@" \
		|| { cat "$WORK/$side-warmup.err" >&2; fail "the warm-up failed against the $side side"; }
	say "$side warm-up (not counted): $WARMUP_CLIENTS clients, $WARMUP_EVENTS events, $(json \
		'`${v.delivered}/${v.expected} delivered, p50 ${v.p50} ms, p99 ${v.p99} ms`' <"$WORK/$side-warmup.out")"
}

RAW_PID=
stop_raw() {
	[[ -z "$RAW_PID" ]] || kill -TERM "$RAW_PID" 2>/dev/null
	RAW_PID=
}

# The admin posts to the whole organisation through the API (the hub resolves the audience), with comments on; CLIENTS
# people of the audience get a demo token each, to follow the thread.
thread_subscribers() {
	local root answer
	root=$(sql "select id from unit where parent_id is null and active")
	answer=$(curl -fsS --max-time 300 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
		-d "{\"title\":\"Bench: tråden\",\"body\":\"Kommentera gärna.\",\"priority\":\"NORMAL\",\"language\":\"sv\",
			\"commentsEnabled\":true,\"targets\":[{\"unitId\":\"$root\",\"includeSubunits\":true}]}" \
		"$HUB_URL/api/v1/posts") || fail "POST /api/v1/posts failed"
	POST=$(json 'v.id' <<<"$answer")
	say "post $POST to the whole organisation: audience $(json 'v.audienceSize' <<<"$answer")"
	sql "select person_id from post_audience where post_id = '$POST' order by md5(person_id::text) limit $CLIENTS" \
		>"$WORK/people.txt"
	(($(wc -l <"$WORK/people.txt") == CLIENTS)) || fail "the audience holds fewer than $CLIENTS people (BENCH_PEOPLE)"
	note "issuing $CLIENTS demo tokens"
	issue_tokens_for "$WORK/people.txt" "$WORK/tokens.txt"
}
