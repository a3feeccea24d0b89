# The measuring code the benchmarks share: wrk against an API route and pgbench against the same SQL, each run checked
# (every answer 2xx, no failed transaction), their rates, latency percentiles and CPU, and the side-by-side ratio.
# Sourced by bench/run.sh after common.sh, hub.sh and cpu.sh; expects HUB_URL, PG_PORT and a benchmark's settings.

# run_wrk_on SECONDS OUT CONNECTIONS THREADS URL [wrk options...] [-- script arguments]: wrk with bench/wrk/summary.lua (unless a -s option
# names another script that prints the same WRK line); its figures in the associative array WRK. Fails on any answer
# that is not 2xx and on any socket error.
run_wrk_on() {
	local seconds=$1 out=$2 connections=$3 threads=$4 url=$5 pair script=("-s" "$BENCH_DIR/wrk/summary.lua")
	shift 5
	[[ " $* " == *" -s "* ]] && script=()
	run_tool "$out" wrk -t "$threads" -c "$connections" -d "${seconds}s" --timeout "${BENCH_WRK_TIMEOUT:-30}s" \
		"${script[@]}" "$url" "$@" || { cat "$out.out" "$out.err" >&2; fail "wrk failed"; }
	declare -gA WRK=()
	for pair in $(grep '^WRK ' "$out.out" | cut -d ' ' -f 2-); do
		WRK[${pair%%=*}]=${pair#*=}
	done
	# A warm-up of a route slower than its duration may end before any answer (WRK_MAY_BE_EMPTY=1).
	((${WRK[requests]:-0} > 0)) || [[ "${WRK_MAY_BE_EMPTY:-0}" == 1 ]] \
		|| { cat "$out.out" "$out.err" >&2; fail "wrk made no requests"; }
	((WRK[non2xx] == 0 && WRK[socket_errors] == 0)) || { cat "$out.out" >&2; fail "the API answered ${WRK[non2xx]} of" \
		"${WRK[requests]} requests with a status other than 2xx, and ${WRK[socket_errors]} failed at the socket"; }
}

# Requests per second of the last run_wrk_on, with DIGITS decimals (default 1).
wrk_rate() {
	awk -v n="${WRK[requests]}" -v us="${WRK[duration_us]}" -v d="${1:-1}" 'BEGIN { printf "%.*f", d, n / (us / 1e6) }'
}

# "p50 … ms, p99 … ms, mean … ms, max … ms" of the last run_wrk_on.
wrk_latency() {
	awk -v p50="${WRK[p50_us]}" -v p99="${WRK[p99_us]}" -v mean="${WRK[mean_us]}" -v max="${WRK[max_us]}" \
		'BEGIN { printf "p50 %.1f ms, p99 %.1f ms, mean %.1f ms, max %.0f ms", p50 / 1000, p99 / 1000, mean / 1000, max / 1000 }'
}

# run_pgbench_on OUT CONNECTIONS THREADS SAMPLING pgbench-options...: pgbench -n -M prepared against the hub's
# database, logging a SAMPLING fraction of the transactions (1 for all) to OUT.log* for the percentiles. Fails on
# any failed transaction.
run_pgbench_on() {
	local out=$1 connections=$2 threads=$3 sampling=$4 rate=()
	shift 4
	rm -f "$out".log*
	[[ "$sampling" == 1 ]] || rate=(--sampling-rate="$sampling")
	run_tool "$out" env PGCONNECT_TIMEOUT=10 pgbench -n -M prepared -c "$connections" -j "$threads" "$@" -l "${rate[@]}" \
		--log-prefix="$out.log" -h 127.0.0.1 -p "$PG_PORT" -U postgres budkavle \
		|| { cat "$out.out" "$out.err" >&2; fail "pgbench failed"; }
	grep -q '^number of failed transactions: 0 ' "$out.out" || { cat "$out.out" >&2; fail "pgbench had failed transactions"; }
}

# Transactions pgbench processed and its rate, from the last run's OUT.out.
pgbench_count() {
	awk -F': ' '/^number of transactions actually processed/ { split($2, a, "/"); print a[1] }' "$1.out"
}

pgbench_tps() {
	awk '/^tps = / { printf "%.1f", $3 }' "$1.out"
}

# Latencies in microseconds (third field of pgbench's log), one a line, from OUT.log*.
pgbench_latencies() {
	cat "$1".log* | awk '{ print $3 }'
}

# p50 and p99 of latencies in microseconds on stdin, as "p50 x ms, p99 y ms".
percentiles() {
	sort -n | awk -v note="${1:-}" '{ v[NR] = $1 } END {
		printf "p50 %.1f ms, p99 %.1f ms%s", v[int(NR * .5) + 1] / 1000, v[int(NR * .99) + 1] / 1000, note }'
}

# The median of numbers on stdin.
median() {
	sort -g | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Statistics and visibility maps as autovacuum would leave them, so that neither side pays for a fresh import.
vacuum_analyze() {
	note "VACUUM ANALYZE"
	sql "vacuum analyze"
}

# measure_p50 NAME URL TOKEN SQL_FILE [pgbench -D options...]: the route with wrk and the same statements with
# pgbench -M prepared, P50_WARMUP seconds of warm-up each, then P50_ROUNDS rounds of P50_DURATION seconds per side
# at P50_CONNECTIONS, alternating which side goes first; says the mean p50 of each side and their ratio (aim
# P50_AIM, e.g. "<= 2"), keeps the line in RESULTS and the ratio in P50_RATIO, the API's mean p50 in ms in P50_API.
measure_p50() {
	local name=$1 url=$2 token=$3 file=$4 round api_p50=() sql_p50=()
	local connections=${P50_CONNECTIONS:-2} duration=${P50_DURATION:-15} rounds=${P50_ROUNDS:-2}
	shift 4
	note "$name: warming up ${P50_WARMUP:-20} s each"
	WRK_MAY_BE_EMPTY=1 run_wrk_on "${P50_WARMUP:-20}" "$WORK/$name-wrk-warmup" "$connections" 1 "$url" \
		-H "Authorization: Bearer $token"
	run_pgbench_on "$WORK/$name-pg-warmup" "$connections" 1 1 -T "${P50_WARMUP:-20}" -f "$file" "$@"
	for ((round = 1; round <= rounds; round++)); do
		note "$name: round $round"
		if ((round % 2)); then
			p50_api_run
			p50_sql_run "$@"
		else
			p50_sql_run "$@"
			p50_api_run
		fi
		sql_p50+=("$(pgbench_latencies "$WORK/$name-pg-$round" | median)")
		say "$(printf '%-14s round %d: API %s requests, p50 %.1f ms; SQL %s transactions, p50 %.1f ms' "$name" "$round" \
			"${WRK[requests]}" "$(awk -v u="${api_p50[-1]}" 'BEGIN { print u / 1000 }')" \
			"$(pgbench_count "$WORK/$name-pg-$round")" "$(awk -v u="${sql_p50[-1]}" 'BEGIN { print u / 1000 }')")"
		say "               API $API_CPU"
		say "               SQL $SQL_CPU"
	done
	P50_API=$(awk -v a="${api_p50[*]}" 'BEGIN { n = split(a, v, " "); for (i = 1; i <= n; i++) s += v[i]; printf "%.1f", s / n / 1000 }')
	P50_RATIO=$(awk -v a="${api_p50[*]}" -v s="${sql_p50[*]}" 'BEGIN { n = split(a, av, " "); split(s, sv, " ")
		for (i = 1; i <= n; i++) { x += av[i]; y += sv[i] } printf "%.2f", x / y }')
	RESULTS+=("$(awk -v name="$name" -v a="${api_p50[*]}" -v s="${sql_p50[*]}" -v c="$connections" -v aim="${P50_AIM:-}" 'BEGIN {
		n = split(a, av, " "); split(s, sv, " "); as = 0; ss = 0
		for (i = 1; i <= n; i++) { as += av[i]; ss += sv[i] }
		printf "%-14s p50 API %.1f ms, SQL %.1f ms (mean of %d rounds at %d connections): API/SQL %.2f%s",
			name, as / n / 1000, ss / n / 1000, n, c, as / ss, aim == "" ? "" : " (aim " aim ")" }')")
	say "${RESULTS[-1]}"
}

# One measured run of each side of measure_p50 (its locals name, url, token, file, round, duration, connections), with
# where the CPU went: on a loaded machine the CPU per operation says more than the latency.
p50_api_run() {
	profile_start
	cpu_mark
	run_wrk_on "$duration" "$WORK/$name-wrk-$round" "$connections" 1 "$url" -H "Authorization: Bearer $token"
	API_CPU=$(cpu_report wrk "$(cat "$WORK/$name-wrk-$round.time")" "${WRK[requests]}")
	profile_stop "$name-round-$round"
	api_p50+=("${WRK[p50_us]}")
}

p50_sql_run() {
	cpu_mark
	run_pgbench_on "$WORK/$name-pg-$round" "$connections" 1 1 -T "$duration" -f "$file" "$@"
	SQL_CPU=$(cpu_report pgbench "$(cat "$WORK/$name-pg-$round.time")" "$(pgbench_count "$WORK/$name-pg-$round")")
}

# ratio_line NAME VALUE OP AIM: the one-line verdict the quick suite ends with, e.g. "RATIO ack 0.52 AIM >= 0.5".
ratio_line() {
	printf 'RATIO %s %s AIM %s %s\n' "$1" "$2" "$3" "$4"
}

# --- Throughput side by side (members, feed, ack): the API with wrk against the same SQL with pgbench -M prepared, at
# the same concurrency and duration, in alternating rounds. A benchmark sets
#   API_URL            the route wrk loads
#   API_WRK            wrk's options for it (e.g. -H "Authorization: Bearer …", or -s bench/wrk/ack.lua -- tokens.txt)
#   SQL_PGBENCH        pgbench's options for the baseline (-f file -D name=value …)
#   API_LABEL, SQL_LABEL  what each side does, for the summary
# and DURATION, WARMUP, WARMUP_MAX, CONNECTIONS, THREADS, ROUNDS; it may define before_run (called before every run of
# either side, e.g. to reset the state) and after_run (extra words for a round's line). SQL transactions are sampled at
# 10 % for the latency percentiles.

declare -A API_TOTAL=() SQL_TOTAL=()
API_ROUNDS=()
SQL_ROUNDS=()
API_MEMORY=

before_run() { :; }
after_run() { :; }

run_wrk() {
	run_wrk_on "$1" "$2" "$CONNECTIONS" "$THREADS" "$API_URL" "${API_WRK[@]}"
}

run_pgbench() {
	run_pgbench_on "$2" "$CONNECTIONS" "$THREADS" 0.1 -T "$1" "${SQL_PGBENCH[@]}"
}

# Warm-up of each side, then ROUNDS rounds of both, in the order API SQL, SQL API, ... so that a load that other
# processes put on the machine, rising or falling, weighs on both sides alike.
measure() {
	local round
	say ""
	say "${CONNECTIONS} connections (${THREADS} threads): ${ROUNDS} round(s) of ${DURATION} s per side."
	warm_up_api
	note "SQL: ${WARMUP} s warm-up"
	before_run
	run_pgbench "$WARMUP" "$WORK/pgbench-warmup-$CONNECTIONS"
	say "SQL warm-up: ${WARMUP} s"
	API_TOTAL[$CONNECTIONS]="0 0"
	SQL_TOTAL[$CONNECTIONS]="0 0"
	for ((round = 1; round <= ROUNDS; round++)); do
		if ((round % 2)); then
			measure_api "$round"
			measure_sql "$round"
		else
			measure_sql "$round"
			measure_api "$round"
		fi
	done
}

# The hub is measured warm, as it runs in production: at least WARMUP seconds of load, then on in 5 s steps until its
# JIT compiler threads use less than 0.05 cores (on 2 busy cores C2 needs one to two minutes), at most WARMUP_MAX.
warm_up_api() {
	local seconds=$WARMUP jit_before jit_after gc rates=()
	note "API at ${CONNECTIONS} connections: warm-up, ${WARMUP} to ${WARMUP_MAX} s until the hub's JIT compiler is done"
	before_run
	run_wrk "$WARMUP" "$WORK/wrk-warmup"
	rates+=("$(wrk_rate 0)")
	while ((seconds < WARMUP_MAX)); do
		read -r jit_before gc < <(hub_jit_gc_ticks)
		run_wrk 5 "$WORK/wrk-warmup"
		read -r jit_after gc < <(hub_jit_gc_ticks)
		seconds=$((seconds + 5))
		rates+=("$(wrk_rate 0)")
		# (jit_after - jit_before) / CLK_TCK / 5 s < 0.05 cores
		(((jit_after - jit_before) * 100 < 25 * CLK_TCK)) && break
	done
	say "API warm-up: ${seconds} s$( ((seconds >= WARMUP_MAX)) && echo " (the limit; the JIT compiler was still busy)")," \
		"requests/s went ${rates[0]} (first ${WARMUP} s) to ${rates[-1]} (last 5 s)"
}

measure_api() {
	local load cpu total extra
	note "${CONNECTIONS} connections, round $1, API: measuring ${DURATION} s (load average $(load_average))"
	before_run
	load=$(load_average)
	profile_start
	cpu_mark
	run_wrk "$DURATION" "$WORK/wrk-$CONNECTIONS-$1"
	cpu=$(cpu_report wrk "$(cat "$WORK/wrk-$CONNECTIONS-$1.time")" "${WRK[requests]}")
	profile_stop "$CONNECTIONS-conn-round-$1"
	API_MEMORY=$(hub_memory)
	extra=$(after_run)
	read -r -a total <<<"${API_TOTAL[$CONNECTIONS]}"
	API_TOTAL[$CONNECTIONS]="$((total[0] + WRK[requests])) $((total[1] + WRK[duration_us]))"
	API_ROUNDS+=("$(printf '%s conn, round %s: %s requests/s (%s requests, all 2xx%s), load average before %s\n         latency %s\n         %s' \
		"$CONNECTIONS" "$1" "$(wrk_rate)" "${WRK[requests]}" "${extra:+, $extra}" "$load" "$(wrk_latency)" "$cpu")")
}

measure_sql() {
	local load cpu tps count total extra out="$WORK/pgbench-$CONNECTIONS-$1"
	note "${CONNECTIONS} connections, round $1, SQL: measuring ${DURATION} s (load average $(load_average))"
	before_run
	load=$(load_average)
	cpu_mark
	run_pgbench "$DURATION" "$out"
	count=$(pgbench_count "$out")
	cpu=$(cpu_report pgbench "$(cat "$out.time")" "$count")
	tps=$(pgbench_tps "$out")
	extra=$(after_run)
	# Transactions and microseconds, the latter from pgbench's own rate, which leaves out connecting.
	read -r -a total <<<"${SQL_TOTAL[$CONNECTIONS]}"
	SQL_TOTAL[$CONNECTIONS]="$((total[0] + count)) $((total[1] + $(awk -v n="$count" -v r="$tps" 'BEGIN { printf "%d", n / r * 1e6 }')))"
	SQL_ROUNDS+=("$(printf '%s conn, round %s: %s transactions/s (%s transactions, none failed%s), load average before %s\n         latency average %s ms, %s\n         %s' \
		"$CONNECTIONS" "$1" "$tps" "$count" "${extra:+, $extra}" "$load" "$(awk '/^latency average/ { print $4 }' "$out.out")" \
		"$(pgbench_latencies "$out" | percentiles ' (10 % sample)')" "$cpu")")
}

rate_of() {
	awk -v n="$1" -v us="$2" 'BEGIN { printf "%.1f", n / (us / 1e6) }'
}

# Every round of both sides, then per connection count the rates over all rounds and their ratio.
summarise() {
	local round c api sql
	say ""
	say "API  $API_LABEL, wrk:"
	for round in "${API_ROUNDS[@]}"; do say "     $round"; done
	say "SQL  $SQL_LABEL, pgbench -M prepared:"
	for round in "${SQL_ROUNDS[@]}"; do say "     $round"; done
	say ""
	for c in $(printf '%s\n' "${!API_TOTAL[@]}" | sort -n); do
		api=$(rate_of ${API_TOTAL[$c]})
		sql=$(rate_of ${SQL_TOTAL[$c]})
		say "${c} connections: API ${api} requests/s, SQL ${sql} transactions/s over all rounds:" \
			"ratio API/SQL $(awk -v a="$api" -v s="$sql" 'BEGIN { printf "%.2f", a / s }')" \
			"(1.00 would mean the hub adds nothing to the statement)"
	done
	say "hub memory after the last API round: ${API_MEMORY}(JVM options: ${BENCH_JAVA_OPTS:-defaults})"
	say "load average at the end: $(load_average)"
	note "results written to ${RESULT_FILE#"$ROOT"/}"
}
