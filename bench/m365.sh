# Benchmark "m365": a fake Microsoft Graph (the tests' FakeGraph, real Graph SDK) serving 50,000 generated users; an
# initial sync into an empty organisation and a 100-change incremental sync into the hub, BENCH_ROUNDS times each, each
# timed as fetch+apply (the whole sync: Graph pages, merge, diff-apply into PostgreSQL) against fetch-only (the same
# pages through the SDK) in the same JVM and round; with BENCH_PROFILE=1 the last round of each is profiled.
# Sourced by bench/run.sh; it runs backend/src/test/java/se/budkavle/m365/M365Bench.java through Maven.

USERS=${BENCH_USERS:-50000}
CHANGES=${BENCH_CHANGES:-100}
ROUNDS=${BENCH_ROUNDS:-3}

bench_main() {
	(($# == 0)) || fail "m365 takes no arguments; settings are environment variables (bench/README.md)"
	require "java awk" "see bench/README.md"
	mkdir -p "$BENCH_DIR/results"
	RESULT_FILE="$BENCH_DIR/results/m365-$(date +%Y-%m-%d-%H%M%S).txt"
	: >"$RESULT_FILE"
	say "# Budkavle bench: Entra ID sync through Graph delta, fetch+apply against fetch-only"
	say "$(date -Is), commit $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)," \
		"$CORES cores ($(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo))," \
		"$(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)"
	say "load average at start: $(load_average)"
	note "building and running M365Bench (${USERS} users, ${CHANGES} changes); Maven output in $WORK/maven.log"
	local started=$SECONDS settings="-Dbench.users=$USERS -Dbench.changes=$CHANGES -Dbench.rounds=$ROUNDS"
	if [[ -n "${BENCH_PROFILE:-}" ]]; then
		profiler_fetch
		settings+=" -Dbench.profiler=$PROFILER_LIB -Dbench.profile.out=${RESULT_FILE%.txt}"
		settings+=" -Dbench.profile.event=${BENCH_PROFILE_EVENT:-itimer}"
	fi
	(cd "$ROOT" && ./mvnw -B -pl backend -am verify -Dtest=M365Bench -Dsurefire.failIfNoSpecifiedTests=false \
		-DskipITs -Dwidgets.skipTests \
		-DargLine="$settings -Dbench.out=$WORK/m365.txt" \
		>"$WORK/maven.log" 2>&1) || { tail -50 "$WORK/maven.log" >&2; fail "M365Bench failed"; }
	[[ -s $WORK/m365.txt ]] || fail "M365Bench wrote no figures"
	while IFS= read -r line; do say "$line"; done <"$WORK/m365.txt"
	if [[ -n "${BENCH_PROFILE:-}" ]]; then
		local name
		for name in initial incremental; do
			say "where the last $name sync's samples went:"
			say "$(profile_top "${RESULT_FILE%.txt}-$name.collapsed")"
		done
	fi
	say "wall time of the whole bench (build, hub context, both syncs): $((SECONDS - started)) s"
	say "load average at end: $(load_average)"
}
