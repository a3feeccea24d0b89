# "quick": the regression guard (issue 16, point 7). Runs ack, feed, members and fanout one after another at reduced
# size, each as its own `bench/run.sh <name>` (its own hub, database and results file), and ends with one line per
# benchmark, exactly `RATIO <name> <value> AIM <>=|<=> <value>`; a benchmark that fails gives `RATIO <name> failed …`.
# Under 8 minutes on 2 cores once the jar is built. Sourced by bench/run.sh.

QUICK_NAMES=(${BENCH_QUICK:-ack feed members fanout})

bench_main() {
	(($# == 0)) || fail "quick takes no arguments; BENCH_QUICK names the benchmarks (default: ack feed members fanout)"
	require "java node curl psql pgbench wrk awk" "see bench/README.md (Debian: apt-get install wrk postgresql-client)"
	mkdir -p "$BENCH_DIR/results"
	RESULT_FILE="$BENCH_DIR/results/quick-$(date +%Y-%m-%d-%H%M%S).txt"
	: >"$RESULT_FILE"
	say "# Budkavle bench: quick suite (${QUICK_NAMES[*]}) at reduced size"
	say "$(date -Is), commit $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)," \
		"$CORES cores, load average at start: $(load_average)"
	# Built once here, so that no benchmark's time goes to the build.
	build_jar
	local name lines=() started
	for name in "${QUICK_NAMES[@]}"; do
		started=$SECONDS
		note "quick: $name"
		if quick_run "$name" >"$WORK/$name.out" 2>"$WORK/$name.err"; then
			lines+=("$(quick_ratio "$name" <"$WORK/$name.out")")
		else
			tail -5 "$WORK/$name.err" >&4
			lines+=("RATIO $name failed AIM $(quick_aim "$name")")
		fi
		say "$name: $((SECONDS - started)) s; $(grep -m1 -E 'ratio API/SQL|p99 hub/raw' "$WORK/$name.out" || echo 'no ratio')"
	done
	say "load average at the end: $(load_average)"
	say ""
	for name in "${lines[@]}"; do say "$name"; done
}

# The reduced sizes: enough for the hub to warm up a little and for every side to run some thousand operations.
quick_run() {
	local common=(BENCH_DURATION=${BENCH_DURATION:-8} BENCH_ROUNDS=1 BENCH_WARMUP=${BENCH_WARMUP:-8}
		BENCH_WARMUP_MAX=${BENCH_WARMUP_MAX:-25})
	case "$1" in
		ack) env "${common[@]}" BENCH_PEOPLE=5000 BENCH_UNITS=500 BENCH_ACK_PEOPLE=2000 BENCH_CONNECTION_LEVELS=8 \
			"$BENCH_DIR/run.sh" ack ;;
		feed) env "${common[@]}" BENCH_PEOPLE=5000 BENCH_UNITS=500 BENCH_POSTS=300 "$BENCH_DIR/run.sh" feed ;;
		members) env "${common[@]}" BENCH_PEOPLE=5000 BENCH_UNITS=500 BENCH_SUBTREE=500 "$BENCH_DIR/run.sh" members ;;
		fanout) env BENCH_PEOPLE=2500 BENCH_UNITS=250 BENCH_CLIENTS=2000 BENCH_EVENTS=10 "$BENCH_DIR/run.sh" fanout ;;
		*) fail "quick knows ack, feed, members and fanout, not $1" ;;
	esac
}

# The aims of issue 16's table.
quick_aim() {
	case "$1" in
		fanout) echo "<= 1.5" ;;
		*) echo ">= 0.5" ;;
	esac
}

# The benchmark's own ratio line, read from its output: the API/SQL ratio (ack: at 8 connections), or fanout's p99
# hub/raw.
quick_ratio() {
	local value
	case "$1" in
		ack) value=$(sed -n 's/^8 connections: .*ratio API\/SQL \([0-9.]*\).*/\1/p' | head -1) ;;
		fanout) value=$(sed -n 's/^p99 hub\/raw = \([0-9.]*\).*/\1/p' | head -1) ;;
		*) value=$(sed -n 's/.*ratio API\/SQL \([0-9.]*\).*/\1/p' | head -1) ;;
	esac
	echo "RATIO $1 ${value:-failed} AIM $(quick_aim "$1")"
}
