# Benchmark "fanout": N WebSocket subscribers (default 10,000) on one topic and E events (default 20) published one
# after another through the hub's HTTP API (the bench-only route POST /api/v1/live/bench/events, which publishes in a
# transaction exactly as a comment would: event row + pg_notify, LISTEN, fan-out to the sessions). The baseline is a
# raw Node `ws` broadcaster driven by the same harness with the same payload in the same run. Reports publish→receive
# p50/p99, delivered/expected and the hub's resident memory at N connections. Sourced by bench/run.sh.

CLIENTS=${BENCH_CLIENTS:-10000}
EVENTS=${BENCH_EVENTS:-20}

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
	build_jar
	HUB_ARGS=(--budkavle.live.bench-endpoint=true)
	start_hub
	local token raw_port raw_pid
	token=$(admin_token)
	say "hub RSS before connections: $(hub_memory)"
	note "hub: $CLIENTS clients subscribe, then $EVENTS events"
	run_tool "$WORK/hub-fanout" node "$BENCH_DIR/fanout/harness.mjs" --ws "ws://127.0.0.1:$HUB_PORT/api/v1/live" \
		--publish "$HUB_URL/api/v1/live/bench/events" --token "$token" --clients "$CLIENTS" --events "$EVENTS" \
		--pid "$HUB_PID" || { cat "$WORK/hub-fanout.err" >&2; fail "the harness failed against the hub"; }
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

RAW_PID=
stop_raw() {
	[[ -z "$RAW_PID" ]] || kill -TERM "$RAW_PID" 2>/dev/null
	RAW_PID=
}
