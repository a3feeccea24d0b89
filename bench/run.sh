#!/usr/bin/env bash
# Runs one of Budkavle's benchmarks against its baseline, side by side in the same run, and prints the ratio.
#   bench/run.sh members     members of a 1,500-person subtree: API (wrk) vs the same SQL (pgbench)
#   bench/run.sh feed        one person's feed among 50,000 people and 2,000 posts: API (wrk) vs the same SQL (pgbench)
#   bench/run.sh fanout      10,000 WebSocket subscribers, 20 events: the hub vs a raw Node ws broadcaster
#   bench/run.sh ack         acknowledgements at 8 and 32 connections: API (wrk) vs the same INSERT (pgbench)
#   bench/run.sh comments    comment post + thread read (20/80) on one post: the hub's API vs Waline 1.39.3
#   bench/run.sh reach       reach reports on 50,000 people and 1,000,000 reads: API (wrk) vs the same SQL (pgbench)
#   bench/run.sh m365        Entra ID sync from a fake Graph (50,000 users): fetch+apply vs fetch-only
#   bench/run.sh cascade     a cascade to ~5,000 managers and its whole-city tracker: API vs the same SQL (pgbench)
#   bench/run.sh crisis      a crisis message to 50,000 people, 10,000 banners open: hub vs the same SQL and a raw ws
#                            broadcaster; the whole city's roll call: API (wrk) vs the same SQL (pgbench)
#   bench/run.sh records     disclosure search over 100,000 posts: API (wrk) vs the same SQL (pgbench)
#   bench/run.sh retention   a retention run over 1,000,000 reads and 100,000 comments: API vs the same SQL (psql)
#   bench/run.sh quick       ack, feed, members and fanout at reduced size (< 8 min), ending in RATIO lines
#   bench/run.sh table       issue 16's whole table at full size, one benchmark after another, ending in RATIO lines
# See bench/README.md for what each needs and how to read the output.
set -Eeuo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)

usage() {
	sed -n '2,17s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
	exit 2
}

case "${1:-}" in
	members | feed | fanout | ack | comments | reach | m365 | cascade | crisis | records | retention | quick | table) ;;
	*) usage ;;
esac

# shellcheck source=lib/common.sh
source "$BENCH_DIR/lib/common.sh"
# shellcheck source=lib/hub.sh
source "$BENCH_DIR/lib/hub.sh"
# shellcheck source=lib/cpu.sh
source "$BENCH_DIR/lib/cpu.sh"
# shellcheck source=lib/org.sh
source "$BENCH_DIR/lib/org.sh"
# shellcheck source=lib/measure.sh
source "$BENCH_DIR/lib/measure.sh"
# shellcheck source=lib/profile.sh
source "$BENCH_DIR/lib/profile.sh"
# shellcheck source=members.sh
source "$BENCH_DIR/$1.sh"

bench_main "${@:2}"
