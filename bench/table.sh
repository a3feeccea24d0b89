# "table": issue 16's table in one run — every row re-measured at full size, one benchmark after another (members,
# feed, ack, fanout, comments, reach, m365), each as its own `bench/run.sh <name>` with its own hub, database and
# results file, ending with one line per row: `RATIO <row> <value> AIM <op> <aim>`. BENCH_TABLE names the benchmarks
# to run (default: all seven). Run it alone on a quiet machine; it takes about an hour and a half on 2 cores.
# Sourced by bench/run.sh.

TABLE_NAMES=(${BENCH_TABLE:-members feed ack fanout comments reach m365})

bench_main() {
	(($# == 0)) || fail "table takes no arguments; BENCH_TABLE names the benchmarks"
	mkdir -p "$BENCH_DIR/results"
	RESULT_FILE="$BENCH_DIR/results/table-$(date +%Y-%m-%d-%H%M%S).txt"
	: >"$RESULT_FILE"
	say "# Budkavle bench: issue 16's table (${TABLE_NAMES[*]}) at full size"
	say "$(date -Is), commit $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)," \
		"$CORES cores, load average at start: $(load_average)"
	build_jar
	local name lines=() started
	for name in "${TABLE_NAMES[@]}"; do
		started=$SECONDS
		note "table: $name"
		if "$BENCH_DIR/run.sh" "$name" >"$WORK/$name.out" 2>"$WORK/$name.err"; then
			mapfile -t -O "${#lines[@]}" lines < <(table_ratios "$name" <"$WORK/$name.out")
		else
			tail -5 "$WORK/$name.err" >&4
			lines+=("RATIO $name failed")
		fi
		say "$name: $((SECONDS - started)) s, $(grep -m1 -o 'results in .*' "$WORK/$name.out" || echo 'see its results file')"
	done
	say "load average at the end: $(load_average)"
	say ""
	for name in "${lines[@]}"; do say "$name"; done
}

# table_ratios NAME: the rows of the table one benchmark's output gives, read from that output, with the table's aims.
table_ratios() {
	local out
	out=$(cat)
	case "$1" in
		members | feed)
			row "$1" "$(sed -n 's/.*ratio API\/SQL \([0-9.]*\).*/\1/p' <<<"$out" | head -1)" ">= 0.5" ;;
		ack)
			row "ack-8" "$(sed -n 's/^8 connections: .*ratio API\/SQL \([0-9.]*\).*/\1/p' <<<"$out" | head -1)" ">= 0.5"
			row "ack-32" "$(sed -n 's/^32 connections: .*ratio API\/SQL \([0-9.]*\).*/\1/p' <<<"$out" | head -1)" ">= 0.5" ;;
		fanout)
			row "fanout-p99" "$(sed -n 's/^p99 hub\/raw = \([0-9.]*\).*/\1/p' <<<"$out" | head -1)" "<= 1.5" ;;
		comments)
			# the ratio at equal p99 when the hub ran at more connections within Waline's p99, else the one at equal
			# connections (the hub's p99 was above Waline's at the next level)
			row "comments" "$({ sed -n 's/^ratio at equal p99[^:]*: \([0-9.]*\).*/\1/p' <<<"$out"
				sed -n 's/^ratio (hub \/ Waline requests per second): \([0-9.]*\).*/\1/p' <<<"$out"; } | head -1)" ">= 6" ;;
		reach)
			local name value
			while read -r name value; do
				row "reach-$name" "$value" "<= 1.5"
			# reach prints each report's line again in its summary: each report once
			done < <(sed -n 's/^\([a-z-]*\) *p50 API .*API\/SQL \([0-9.]*\).*/\1 \2/p' <<<"$out" | awk '!seen[$1]++')
			;;
		m365)
			row "m365-initial" "$(sed -n 's/^initial: .*ratio \([0-9.]*\).*/\1/p' <<<"$out" | head -1)" "<= 1.5"
			row "m365-incremental-s" "$(sed -n 's/^incremental: .*fetch+apply \([0-9]*\) ms.*/\1/p' <<<"$out" \
				| awk 'NF { printf "%.3f", $1 / 1000 }' | head -1)" "<= 0.2" ;;
	esac
}

row() {
	echo "RATIO $1 ${2:-failed} AIM $3"
}
