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

# CPU ticks of the hub's JIT compiler threads and of its garbage collector threads, from its live threads.
hub_jit_gc_ticks() {
	awk '{ comm = substr($0, index($0, "(") + 1); comm = substr(comm, 1, index(comm, ")") - 1)
			sub(/^.*\) /, ""); ticks = $12 + $13 }
		comm ~ /CompilerThre/ { jit += ticks }
		comm ~ /^(GC Thread|G1 )/ { gc += ticks }
		END { print jit + 0, gc + 0 }' /proc/"$HUB_PID"/task/*/stat 2>/dev/null || echo 0 0
}

cpu_mark() {
	CPU_AT=$(date +%s.%N)
	CPU_HUB=$(proc_ticks "$HUB_PID")
	read -r CPU_JIT CPU_GC < <(hub_jit_gc_ticks)
	CPU_PG=$(pg_ticks)
	CPU_MACHINE=$(machine_ticks)
}

# cpu_report TOOL TOOL_SECONDS OPERATIONS: average cores used since cpu_mark by each party, and the hub's and
# PostgreSQL's CPU time per operation; the tool's CPU seconds come from the shell's `time` around it.
cpu_report() {
	local tool=$1 tool_seconds=$2 ops=$3 now hub pg machine jit gc
	now=$(date +%s.%N)
	hub=$(proc_ticks "$HUB_PID")
	read -r jit gc < <(hub_jit_gc_ticks)
	pg=$(pg_ticks)
	machine=$(machine_ticks)
	awk -v t="$CLK_TCK" -v wall="$(awk -v a="$CPU_AT" -v b="$now" 'BEGIN { print b - a }')" -v cores="$CORES" \
		-v hub=$((hub - CPU_HUB)) -v jit=$((jit - CPU_JIT)) -v gc=$((gc - CPU_GC)) -v pg=$((pg - CPU_PG)) \
		-v all=$((machine - CPU_MACHINE)) -v tool="$tool" -v tool_s="$tool_seconds" -v ops="$ops" 'BEGIN {
			h = hub / t / wall; p = pg / t / wall; l = tool_s / wall; m = all / t / wall
			o = m - h - p - l; if (o < 0) o = 0
			printf "CPU, in cores of %d: hub %.2f", cores, h
			if (h >= 0.01) printf " (JIT %.2f, GC %.2f)", jit / t / wall, gc / t / wall
			printf ", PostgreSQL %.2f, %s %.2f, rest of the machine %.2f; busy %.2f (%.0f%%)\n",
				p, tool, l, o, m, 100 * m / cores
			printf "         CPU per operation: hub %.2f ms, PostgreSQL %.2f ms", 1000 * hub / t / ops, 1000 * pg / t / ops }'
}
