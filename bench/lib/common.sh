# Shared helpers of the bench runner: output, checks, JSON, ports and the clean-up that always runs.
# Sourced by bench/run.sh; expects BENCH_DIR and ROOT.

# Scratch directory of this run (generated file, hub log, load tool output); removed on exit unless BENCH_KEEP=1.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/budkavle-bench.XXXXXX")
# Where say() also writes; set by the benchmark once it knows its name.
RESULT_FILE=/dev/null
CLEANUPS=()

# Progress, to stderr, with the time since the start.
note() {
	printf '[%4ss] %s\n' "$SECONDS" "$*" >&2
}

# A result line: to stdout and to the results file.
say() {
	printf '%s\n' "$*" | tee -a "$RESULT_FILE"
}

fail() {
	printf 'FAILED: %s\n' "$*" | tee -a "$RESULT_FILE" >&2
	exit 1
}

require() {
	local tool hint=$2
	for tool in $1; do
		command -v "$tool" >/dev/null || fail "$tool is missing; $hint"
	done
}

# Runs a clean-up step on exit (last registered runs first), whatever happened.
on_exit() {
	CLEANUPS=("$1" "${CLEANUPS[@]}")
}

run_cleanups() {
	local status=$? step
	set +e
	trap - EXIT INT TERM
	for step in "${CLEANUPS[@]}"; do
		"$step"
	done
	if [[ "${BENCH_KEEP:-0}" == 1 ]]; then
		note "kept the scratch directory $WORK"
	else
		rm -rf "$WORK"
	fi
	exit "$status"
}
trap run_cleanups EXIT
# A command that fails where no check expected it still says where.
trap 'note "unexpected failure (status $?) at ${BASH_SOURCE[0]#"$ROOT"/}:$LINENO: $BASH_COMMAND"' ERR
trap 'exit 130' INT
trap 'exit 143' TERM

# A free TCP port on the loopback interface (the OS picks it; the port is then given to the hub or PostgreSQL).
free_port() {
	node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => {
		console.log(s.address().port); s.close(); })'
}

# Evaluates a JavaScript expression over the JSON read from stdin, bound to `v`; prints the result.
json() {
	node -e 'const v = JSON.parse(require("fs").readFileSync(0, "utf8"));
		const r = eval(process.argv[1]); console.log(typeof r === "string" ? r : JSON.stringify(r));' "$1"
}

load_average() {
	cut -d ' ' -f 1-3 /proc/loadavg
}
