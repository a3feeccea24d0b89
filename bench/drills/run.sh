#!/usr/bin/env bash
# Fault drills: each starts what it needs (a PostgreSQL cluster of its own from Debian's server binaries, hubs from
# the backend jar against it), breaks something, and prints its figures. Loopback only, bounded in time.
#
#   bench/drills/run.sh                      # all, one after another
#   bench/drills/run.sh pg-restart sigterm   # some: ack-kill pg-restart instance-loss slow-client sigterm
#
# Settings: DRILL_ACKS (2000 people acknowledging), DRILL_SOCKETS (50), DRILL_EVENTS (300), DRILL_OUTAGE (10 s).
set -euo pipefail
DRILLS=$(cd "$(dirname "$0")" && pwd)
BENCH_DIR=$(dirname "$DRILLS")
ROOT=$(dirname "$BENCH_DIR")
CORES=$(nproc)
source "$BENCH_DIR/lib/common.sh"
source "$BENCH_DIR/lib/hub.sh"
source "$DRILLS/lib.sh"

ALL=(ack-kill pg-restart instance-loss slow-client sigterm)
SELECTED=("${@:-${ALL[@]}}")
for drill in "${SELECTED[@]}"; do
	[[ " ${ALL[*]} " == *" $drill "* ]] || fail "unknown drill $drill; one of: ${ALL[*]}"
done
mkdir -p "$BENCH_DIR/results"
RESULT_FILE="$BENCH_DIR/results/drills-$(date +%Y-%m-%d-%H%M%S).txt"
: >"$RESULT_FILE"
require_drill_tools
say "# Budkavle drills: ${SELECTED[*]}"
say "$(date -Is), commit $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown), $CORES cores," \
	"load average $(load_average 2>/dev/null || cut -d' ' -f1-3 /proc/loadavg)"
# The jar as built; a missing one is built as the benchmarks build it (bench/lib/hub.sh).
if [[ -n $(find_jar) ]]; then
	note "using ${ROOT}/backend/target/$(basename "$(find_jar)") as built (rebuild: ./mvnw -B -pl backend -am package -DskipTests)"
else
	build_jar
fi
start_pg
on_exit stop_hubs
start_hub a
publish_post
say "post $POST to the whole organisation: audience $(sql "select audience_size from post where id = '$POST'")"
if [[ " ${SELECTED[*]} " == *" ack-kill "* ]]; then
	tokens_for a "${DRILL_ACKS:-2000}" "$WORK/tokens.txt"
else
	tokens_for a "${DRILL_SOCKETS:-50}" "$WORK/tokens.txt"
fi

ms() { date +%s%3N; }

# kill -9 while people acknowledge: every acknowledgement answered 200 must be in the table.
drill_ack_kill() {
	say "## kill -9 during acknowledgements"
	drill_node acks "$(hub_url a)" "$POST" "$WORK/tokens.txt" "$WORK/acked.txt" 16 >"$WORK/acks.json" &
	local client=$! deadline=$((SECONDS + 120))
	until (($(sql "select count(*) from acknowledgement where post_id = '$POST'") >= ${DRILL_ACKS:-2000} / 4)); do
		((SECONDS < deadline)) || fail "acknowledgements did not get going"
		sleep 0.1
	done
	kill_hub a
	note "hub a killed with SIGKILL"
	wait "$client"
	sql "select person_id from acknowledgement where post_id = '$POST'" | sort >"$WORK/stored.txt"
	sort "$WORK/acked.txt" | sed '/^$/d' >"$WORK/acked.sorted"
	say "$(cat "$WORK/acks.json")"
	say "stored: $(wc -l <"$WORK/stored.txt"); answered 200 but not stored (lost): $(comm -23 "$WORK/acked.sorted" "$WORK/stored.txt" | wc -l)"
	start_hub a
	# demo tokens are signed with a key each instance draws at start: the old ones are void now
	tokens_for a "${DRILL_SOCKETS:-50}" "$WORK/tokens.txt"
}

# PostgreSQL stopped for DRILL_OUTAGE seconds under load: 5xx while it is down are expected (503), none after it
# accepts connections again; readiness DOWN during the outage and UP after.
drill_pg_restart() {
	say "## PostgreSQL restart under load (${DRILL_OUTAGE:-10} s down)"
	local token down accept
	token=$(head -1 "$WORK/tokens.txt" | cut -d' ' -f2)
	drill_node load "$(hub_url a)" "$token" "$READY_PATH" $((${DRILL_OUTAGE:-10} + 35)) "$WORK/load.txt" &
	local client=$!
	sleep 8
	down=$(ms)
	pg_down
	sleep "${DRILL_OUTAGE:-10}"
	pg_up
	accept=$(ms)
	note "PostgreSQL stopped at +0 s, accepting again after $(((accept - down) / 1000)) s"
	wait "$client"
	awk -v down="$down" -v accept="$accept" '
		function phase(t) { return t < down ? "before" : (t < accept ? "during" : "after") }
		$2 == "api" { n[phase($1)]++; st[$3]++; if ($3 ~ /^5/) { e[phase($1)]++; kinds[$3 " " $4]++; if ($1 >= accept) last5 = $1 } if ($3 == "error") err[phase($1)]++
			if ($1 >= accept && $3 == 200 && !first200) first200 = $1 }
		$2 == "ready" { r[phase($1) " " $3]++; if ($1 >= accept && $3 == 200 && !readyUp) readyUp = $1 }
		END {
			printf "api requests before/during/after: %d/%d/%d; 5xx before/during/after: %d/%d/%d; connection errors during: %d\n", n["before"], n["during"], n["after"], e["before"], e["during"], e["after"], err["during"]
			for (k in kinds) printf "  5xx kind: %s × %d\n", k, kinds[k]
			for (k in st) printf "  status %s × %d\n", k, st[k]
			printf "readiness during outage: UP %d, DOWN %d; after: UP %d, DOWN %d\n", r["during 200"], r["during 503"], r["after 200"], r["after 503"]
			printf "recovery after PostgreSQL accepts: first API 200 after %s, readiness UP after %s, last 5xx %s\n", first200 ? sprintf("%.1f s", (first200 - accept) / 1000) : "never", readyUp ? sprintf("%.1f s", (readyUp - accept) / 1000) : "never", last5 ? sprintf("%.1f s after", (last5 - accept) / 1000) : "none"
		}' "$WORK/load.txt" | while IFS= read -r line; do say "$line"; done
}

# Two instances; a client on B loses B (kill -9) mid-stream, reconnects to A and resumes: every event once, in order.
drill_instance_loss() {
	say "## instance loss with resume (${DRILL_EVENTS:-300} events, kill -9 of the client's instance)"
	local token events=${DRILL_EVENTS:-300}
	start_hub b
	tokens_for b 2 "$WORK/tokens-b.txt"
	token=$(sed -n 2p "$WORK/tokens-b.txt" | cut -d' ' -f2)
	local token_a
	token_a=$(sed -n 2p "$WORK/tokens.txt" | cut -d' ' -f2)
	local first
	first=$(sql "select coalesce(max(id), 0) from event")
	drill_node resume "$(hub_url b)" "$(hub_url a)" "$token" "$token_a" "$events" "$WORK/kill-b" >"$WORK/resume.json" &
	local client=$!
	sleep 3
	sql "do \$\$ begin for i in 1..$events loop
			insert into event (topic, type, payload) values ('feed', 'post.updated', jsonb_build_object('postId', '$POST'));
			perform pg_notify('budkavle_events', currval('event_id_seq')::text);
			commit;
			perform pg_sleep(0.02);
		end loop; end \$\$" &
	local publisher=$!
	local deadline=$((SECONDS + 60))
	until [[ -f "$WORK/kill-b" ]]; do
		((SECONDS < deadline)) || fail "the client on b received no events"
		sleep 0.05
	done
	kill_hub b
	note "hub b killed with SIGKILL"
	wait "$publisher"
	wait "$client"
	say "published: $(sql "select count(*) from event where id > $first and topic = 'feed'")"
	say "$(cat "$WORK/resume.json")"
}

# A client that stops reading while events pour in (20,000 of ~1 KB, more than the kernel's socket buffers hold):
# closed with 4429, the hub's memory flat.
drill_slow_client() {
	say "## slow client"
	local token before after
	token=$(sed -n 3p "$WORK/tokens.txt" | cut -d' ' -f2)
	before=$(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/${HUB_PIDS[a]}/status")
	drill_node slow "$(hub_url a)" "$token" 60 >"$WORK/slow.json" &
	local client=$!
	sleep 3
	sql "with e as (insert into event (topic, type, payload)
			select 'feed', 'post.updated', jsonb_build_object('postId', '$POST', 'n', n, 'pad', repeat('x', 1000))
			from generate_series(1, 20000) n
			returning id)
		select pg_notify('budkavle_events', max(id)::text) from e" >/dev/null
	wait "$client"
	after=$(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/${HUB_PIDS[a]}/status")
	say "$(cat "$WORK/slow.json"); hub RSS before ${before} MB, after ${after} MB (20,000 events of ~1 KB published)"
}

# SIGTERM with live sockets open: how long the process takes to exit and how the sockets are closed.
drill_sigterm() {
	say "## SIGTERM with ${DRILL_SOCKETS:-50} sockets open"
	local pid=${HUB_PIDS[a]} start end
	drill_node sockets "$(hub_url a)" "$WORK/tokens.txt" "${DRILL_SOCKETS:-50}" >"$WORK/sockets.json" &
	local client=$!
	local deadline=$((SECONDS + 60))
	until grep -q '"open"' "$WORK/sockets.json" 2>/dev/null; do
		((SECONDS < deadline)) || fail "the sockets did not open"
		sleep 0.1
	done
	start=$(ms)
	stop_hub_within "$pid" 60
	end=$(ms)
	unset "HUB_PIDS[a]"
	wait "$client"
	say "$(tr '\n' ' ' <"$WORK/sockets.json")"
	say "exit after SIGTERM: $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", (e - s) / 1000 }') s"
}

for drill in "${SELECTED[@]}"; do
	"drill_${drill//-/_}"
done
say "results: ${RESULT_FILE#"$ROOT"/}"
