# The measuring code the benchmarks share: wrk against an API route and pgbench against the same SQL, each run checked
# (every answer 2xx, no failed transaction), their rates, latency percentiles and CPU, and the side-by-side ratio.
# Sourced by bench/run.sh after common.sh, hub.sh and cpu.sh; expects HUB_URL, PG_PORT and a benchmark's settings.

# run_wrk_on SECONDS OUT CONNECTIONS THREADS URL [wrk options...]: wrk with bench/wrk/summary.lua (unless a -s option
# names another script that prints the same WRK line); its figures in the associative array WRK. Fails on any answer
# that is not 2xx and on any socket error.
run_wrk_on() {
	local seconds=$1 out=$2 connections=$3 threads=$4 url=$5 pair script=("-s" "$BENCH_DIR/wrk/summary.lua")
	shift 5
	[[ " $* " == *" -s "* ]] && script=()
	run_tool "$out" wrk -t "$threads" -c "$connections" -d "${seconds}s" --timeout "${BENCH_WRK_TIMEOUT:-30}s" \
		"${script[@]}" "$@" "$url" || { cat "$out.out" "$out.err" >&2; fail "wrk failed"; }
	declare -gA WRK=()
	for pair in $(grep '^WRK ' "$out.out" | cut -d ' ' -f 2-); do
		WRK[${pair%%=*}]=${pair#*=}
	done
	((${WRK[requests]:-0} > 0)) || { cat "$out.out" "$out.err" >&2; fail "wrk made no requests"; }
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
	run_wrk_on "${P50_WARMUP:-20}" "$WORK/$name-wrk-warmup" "$connections" 1 "$url" -H "Authorization: Bearer $token"
	run_pgbench_on "$WORK/$name-pg-warmup" "$connections" 1 1 -T "${P50_WARMUP:-20}" -f "$file" "$@"
	for ((round = 1; round <= rounds; round++)); do
		note "$name: round $round"
		if ((round % 2)); then
			run_wrk_on "$duration" "$WORK/$name-wrk-$round" "$connections" 1 "$url" -H "Authorization: Bearer $token"
			api_p50+=("${WRK[p50_us]}")
			run_pgbench_on "$WORK/$name-pg-$round" "$connections" 1 1 -T "$duration" -f "$file" "$@"
		else
			run_pgbench_on "$WORK/$name-pg-$round" "$connections" 1 1 -T "$duration" -f "$file" "$@"
			run_wrk_on "$duration" "$WORK/$name-wrk-$round" "$connections" 1 "$url" -H "Authorization: Bearer $token"
			api_p50+=("${WRK[p50_us]}")
		fi
		sql_p50+=("$(pgbench_latencies "$WORK/$name-pg-$round" | median)")
		say "$(printf '%-14s round %d: API %s requests, p50 %.1f ms; SQL %s transactions, p50 %.1f ms' "$name" "$round" \
			"${WRK[requests]}" "$(awk -v u="${api_p50[-1]}" 'BEGIN { print u / 1000 }')" \
			"$(pgbench_count "$WORK/$name-pg-$round")" "$(awk -v u="${sql_p50[-1]}" 'BEGIN { print u / 1000 }')")"
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

# ratio_line NAME VALUE OP AIM: the one-line verdict the quick suite ends with, e.g. "RATIO ack 0.52 AIM >= 0.5".
ratio_line() {
	printf 'RATIO %s %s AIM %s %s\n' "$1" "$2" "$3" "$4"
}
