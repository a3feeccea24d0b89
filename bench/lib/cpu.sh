# Where the CPU goes during a measurement: the hub's JVM, its PostgreSQL, the load tool, and everything else on the
# machine (other builds), from /proc. Sourced by bench/run.sh; expects HUB_PID and PG_PID.

CLK_TCK=$(getconf CLK_TCK)
CORES=$(nproc)

# CPU ticks of one process; with "all" also those of the children it has reaped.
proc_ticks() {
	awk -v all="${2:-}" '{ sub(/^.*\) /, ""); print $12 + $13 + (all == "all" ? $14 + $15 : 0) }' \
		"/proc/$1/stat" 2>/dev/null || echo 0
}

# The embedded PostgreSQL: postmaster, its live backends and workers, and the backends that have already ended.
pg_ticks() {
	local total child
	total=$(proc_ticks "$PG_PID" all)
	for child in $(ps -o pid= --ppid "$PG_PID"); do
		total=$((total + $(proc_ticks "$child")))
	done
	echo "$total"
}

# Busy ticks of the whole machine (user, nice, system, irq, softirq, steal; all cores together).
machine_ticks() {
	awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat
}

cpu_mark() {
	CPU_AT=$(date +%s.%N)
	CPU_HUB=$(proc_ticks "$HUB_PID")
	CPU_PG=$(pg_ticks)
	CPU_MACHINE=$(machine_ticks)
}

# cpu_report TOOL TOOL_SECONDS: average cores used since cpu_mark by each party; the tool's CPU seconds come from
# the shell's `time` around it.
cpu_report() {
	local tool=$1 tool_seconds=$2 now hub pg machine
	now=$(date +%s.%N)
	hub=$(proc_ticks "$HUB_PID")
	pg=$(pg_ticks)
	machine=$(machine_ticks)
	awk -v t="$CLK_TCK" -v wall="$(awk -v a="$CPU_AT" -v b="$now" 'BEGIN { print b - a }')" -v cores="$CORES" \
		-v hub=$((hub - CPU_HUB)) -v pg=$((pg - CPU_PG)) -v all=$((machine - CPU_MACHINE)) \
		-v tool="$tool" -v tool_s="$tool_seconds" 'BEGIN {
			h = hub / t / wall; p = pg / t / wall; l = tool_s / wall; m = all / t / wall
			o = m - h - p - l; if (o < 0) o = 0
			printf "CPU, in cores of %d: hub %.2f, PostgreSQL %.2f, %s %.2f, rest of the machine %.2f; busy %.2f (%.0f%%)\n",
				cores, h, p, tool, l, o, m, 100 * m / cores }'
}
