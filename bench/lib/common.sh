# Shared helpers of the bench runner: output, checks, JSON, ports and the clean-up that always runs.
# Sourced by bench/run.sh; expects BENCH_DIR and ROOT.

# Scratch directory of this run (generated file, hub log, load tool output); removed on exit unless BENCH_KEEP=1.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/budkavle-bench.XXXXXX")
# Where say() also writes; set by the benchmark once it knows its name.
RESULT_FILE=/dev/null
CLEANUPS=()

# The terminal's stdout and stderr, kept so that output still reaches them from a trap that runs while a
# command's output is redirected to a file.
exec 3>&1 4>&2

# Progress, to stderr, with the time since the start.
note() {
	printf '[%4ss] %s\n' "$SECONDS" "$*" >&4
}

# A result line: to stdout and to the results file.
say() {
	printf '%s\n' "$*" | tee -a "$RESULT_FILE" >&3
}

fail() {
	printf 'FAILED: %s\n' "$*" | tee -a "$RESULT_FILE" >&4
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

TOOL_PID=

# run_tool OUT COMMAND...: runs a load tool with its output in OUT.out and OUT.err, and its CPU seconds (user +
# system) in OUT.time. In the background, waited for, so that Ctrl-C or a TERM stops the run at once.
run_tool() {
	local out=$1 status=0
	shift
	times >"$out.before"
	"$@" >"$out.out" 2>"$out.err" &
	TOOL_PID=$!
	wait "$TOOL_PID" || status=$?
	TOOL_PID=
	times >"$out.after"
	# The second line of `times` is the CPU time of the shell's finished children: here, the tool alone.
	awk 'function s(t) { sub(/s$/, "", t); split(t, a, "m"); return a[1] * 60 + a[2] }
		FNR == 2 { cpu[NR == FNR] = s($1) + s($2) }
		END { printf "%.2f\n", cpu[0] - cpu[1] }' "$out.before" "$out.after" >"$out.time"
	return "$status"
}

stop_tool() {
	[[ -z "$TOOL_PID" ]] || kill -TERM "$TOOL_PID" 2>/dev/null
}
on_exit stop_tool

load_average() {
	cut -d ' ' -f 1-3 /proc/loadavg
}
