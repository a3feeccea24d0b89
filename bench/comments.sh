# Benchmark "comments": comment posts and thread reads (20/80) on one post, through the hub's API and, as the
# baseline, through Waline (@waline/vercel 1.39.3, bench/waline) on the same PostgreSQL, with the same wrk script,
# duration and concurrency, in the same run. Sourced by bench/run.sh.
#
# Both sides run without their rate limits (the hub's 10 comments a minute per person, Waline's IPQPS), because one
# load generator posts as one person; spam checks are off in Waline (AKISMET_KEY=false) and its OAuth points at a
# loopback stub that answers "no social-login services" (Waline asks it on every request).

DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-30}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
# One wrk thread per connection, and on the hub each thread comments as another member of the post's audience
THREADS=${BENCH_THREADS:-$CONNECTIONS}
ROUNDS=${BENCH_ROUNDS:-2}
SEED_COMMENTS=${BENCH_SEED_COMMENTS:-200}
# After the rounds at equal concurrency, the hub alone at these connection counts, for its rate at Waline's p99
P99_LEVELS=(${BENCH_P99_LEVELS:-16 32 64})
P99_WARMUP=${BENCH_P99_WARMUP:-10}
PAGE=20
WALINE_DIR="$BENCH_DIR/waline"

WALINE_PID=
WALINE_URL=
TOKEN=
TOKENS=
POST_ID=
declare -A TOTAL=([hub]=0 [hub_us]=0 [waline]=0 [waline_us]=0)
declare -A P99=()
ROUND_LINES=()

bench_main() {
	(($# == 0)) || fail "comments takes no arguments; settings are environment variables (bench/README.md)"
	require "java node npm curl psql wrk awk" "see bench/README.md (Debian: apt-get install wrk postgresql-client)"
	mkdir -p "$BENCH_DIR/results"
	RESULT_FILE="$BENCH_DIR/results/comments-$(date +%Y-%m-%d-%H%M%S).txt"
	: >"$RESULT_FILE"
	say "# Budkavle bench: comment post + thread read (20/80) on one post, the hub's API against Waline 1.39.3"
	say "$(date -Is), commit $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)," \
		"$CORES cores, load average at start: $(load_average)"
	install_waline
	build_jar
	HUB_ARGS=(--budkavle.comments.rate-limit=1000000000)
	start_hub
	create_post
	start_waline
	seed
	measure
	summarise
	measure_at_waline_p99
}

install_waline() {
	if [[ -f "$WALINE_DIR/node_modules/@waline/vercel/package.json" ]] \
			&& [[ "$WALINE_DIR/node_modules/.package-lock.json" -nt "$WALINE_DIR/package-lock.json" ]]; then
		note "Waline is installed already (bench/waline/node_modules)"
	else
		npm_ci_waline
	fi
	say "waline: $(node -p 'require(process.argv[1]).version' "$WALINE_DIR/node_modules/@waline/vercel/package.json")"
}

npm_ci_waline() {
	note "installing Waline (npm ci --ignore-scripts in bench/waline: no native SQLite build, it runs on PostgreSQL)"
	(cd "$WALINE_DIR" && timeout 900 npm ci --ignore-scripts --no-audit --no-fund) >"$WORK/npm.log" 2>&1 \
		|| { tail -20 "$WORK/npm.log" >&2; fail "npm ci in bench/waline failed"; }
}

token_of() {
	local person
	person=$(curl -fsS --max-time 30 "$HUB_URL/demo/personas" | json "v.find((p) => p.key === '$1')?.personId ?? ''")
	[[ -n "$person" ]] || fail "the demo persona $1 is missing"
	curl -fsS --max-time 30 -H 'Content-Type: application/json' -d "{\"personId\":\"$person\"}" "$HUB_URL/demo/token" \
		| json 'v.access_token'
}

# The enhetschef posts to Hemtjänst Syd through the API; the employee Ahmed, in its audience, seeds the thread, and
# under load each wrk thread comments and reads as another member of the audience (real threads have many writers:
# one person's comments are serialised, so that the rate limit of 10 a minute holds across instances).
create_post() {
	local manager unit answer person people=()
	manager=$(token_of enhet-manager)
	unit=$(curl -fsS --max-time 30 -H "Authorization: Bearer $manager" "$HUB_URL/api/v1/me" | json 'v.manages[0].id')
	answer=$(curl -fsS --max-time 30 -H "Authorization: Bearer $manager" -H 'Content-Type: application/json' \
		-d "{\"title\":\"Nytt schema\",\"body\":\"Det nya schemat gäller från måndag.\",\"priority\":\"NORMAL\",
			\"language\":\"sv\",\"commentsEnabled\":true,\"targets\":[{\"unitId\":\"$unit\",\"includeSubunits\":true}]}" \
		"$HUB_URL/api/v1/posts") || fail "POST /api/v1/posts failed"
	POST_ID=$(json 'v.id' <<<"$answer")
	TOKEN=$(token_of employee)
	for person in $(curl -fsS --max-time 30 -H "Authorization: Bearer $manager" \
			"$HUB_URL/api/v1/units/$unit/members?includeSubunits=true&limit=$(max_threads)" | json 'v.items.map((m) => m.id).join(" ")'); do
		people+=("$(curl -fsS --max-time 30 -H 'Content-Type: application/json' -d "{\"personId\":\"$person\"}" \
			"$HUB_URL/demo/token" | json 'v.access_token')")
	done
	((${#people[@]} > 0)) || fail "no members of Hemtjänst Syd to comment as"
	TOKENS=$(IFS=,; echo "${people[*]}")
	say "post $POST_ID to Hemtjänst Syd, audience $(json 'v.audienceSize' <<<"$answer"); ${#people[@]} members comment under load"
}

# Waline on its own database in the hub's PostgreSQL, its tables made by the schema file Waline publishes
# (assets/waline.pgsql in its repository; BENCH_WALINE_SCHEMA points at a copy, else bench/waline/waline.pgsql).
start_waline() {
	local schema=${BENCH_WALINE_SCHEMA:-$WALINE_DIR/waline.pgsql} port deadline
	[[ -f "$schema" ]] || fail "Waline's PostgreSQL schema is missing: save assets/waline.pgsql of" \
		"github.com/walinejs/waline (v1.39.3) as $schema or set BENCH_WALINE_SCHEMA"
	sql "create database waline" >/dev/null
	PGDATABASE=waline pg_waline -f "$schema" >/dev/null
	start_oauth_stub
	port=$(free_port)
	WALINE_URL="http://127.0.0.1:$port"
	note "starting Waline on $WALINE_URL"
	on_exit stop_waline
	# ThinkJS (Waline's framework) takes its port from the command line, not from PORT
	(cd "$WALINE_DIR" && exec env PORT="$port" HOST=127.0.0.1 PG_HOST=127.0.0.1 PG_PORT="$PG_PORT" PG_DB=waline \
		PG_USER=postgres PG_PASSWORD= PG_PREFIX=wl_ AKISMET_KEY=false IPQPS=0 COMMENT_AUDIT=false \
		OAUTH_URL="$OAUTH_URL" SITE_NAME=bench SITE_URL=http://127.0.0.1 \
		node --require ./no-sqlite.cjs node_modules/@waline/vercel/vanilla.js "$port") >"$WORK/waline.log" 2>&1 &
	WALINE_PID=$!
	deadline=$((SECONDS + 120))
	until curl -fsS --max-time 5 "$WALINE_URL/api/comment?path=/bench&page=1&pageSize=$PAGE" >/dev/null 2>&1; do
		kill -0 "$WALINE_PID" 2>/dev/null || { tail -40 "$WORK/waline.log" >&2; fail "Waline stopped while starting"; }
		((SECONDS < deadline)) || { tail -40 "$WORK/waline.log" >&2; fail "Waline was not ready within 120 s"; }
		sleep 1
	done
	say "waline ready (pid $WALINE_PID) on database waline of the same PostgreSQL"
}

# Waline asks OAUTH_URL for its social-login services on every request; a loopback stub answers "none".
start_oauth_stub() {
	local port
	port=$(free_port)
	OAUTH_URL="http://127.0.0.1:$port"
	node -e 'require("node:http").createServer((request, response) => {
		response.writeHead(200, { "content-type": "application/json" }); response.end("{\"services\":[]}");
	}).listen(Number(process.argv[1]), "127.0.0.1")' "$port" >"$WORK/oauth.log" 2>&1 &
	OAUTH_PID=$!
	on_exit stop_oauth_stub
}

stop_oauth_stub() {
	[[ -n "${OAUTH_PID:-}" ]] && kill -TERM "$OAUTH_PID" 2>/dev/null
	OAUTH_PID=
}

pg_waline() {
	PGCONNECT_TIMEOUT=10 psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d waline "$@"
}

stop_waline() {
	[[ -n "$WALINE_PID" ]] || return 0
	kill -TERM "$WALINE_PID" 2>/dev/null
	wait_gone "$WALINE_PID" 30 || kill -KILL "$WALINE_PID" 2>/dev/null
	WALINE_PID=
}

# The same number of comments on both sides before measuring, so the first page is full on both.
seed() {
	local i
	note "seeding ${SEED_COMMENTS} comments on each side"
	for ((i = 1; i <= SEED_COMMENTS; i++)); do
		curl -fsS --max-time 30 -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
			-d "{\"body\":\"Kommentar $i\"}" "$(hub_post_url)" || fail "seeding the hub failed at comment $i"
		curl -fsS --max-time 30 -o /dev/null -H 'Content-Type: application/json' \
			-d "{\"comment\":\"Kommentar $i\",\"nick\":\"Ahmed Hassan\",\"mail\":\"ahmed.hassan@demo.budkavle.se\",\"url\":\"/bench\",\"ua\":\"curl\"}" \
			"$WALINE_URL/api/comment" || fail "seeding Waline failed at comment $i"
	done
	say "seeded: hub $(sql "select count(*) from comment where post_id = '$POST_ID'") comments," \
		"Waline $(pg_waline -c "select count(*) from wl_comment where url = '/bench'") comments"
	say "first pages: hub $(curl -fsS -H "Authorization: Bearer $TOKEN" "$(hub_list_url)" | wc -c) bytes," \
		"Waline $(curl -fsS "$(waline_list_url)" | wc -c) bytes"
}

hub_post_url() { echo "$HUB_URL/api/v1/posts/$POST_ID/comments"; }
hub_list_url() { echo "$HUB_URL/api/v1/posts/$POST_ID/comments?limit=$PAGE"; }
waline_list_url() { echo "$WALINE_URL/api/comment?path=%2Fbench&page=1&pageSize=$PAGE&sortBy=insertedAt_asc&lang=sv"; }

# wrk with the comments script against one side: $1 hub|waline, $2 seconds, $3 output prefix.
run_side() {
	local pair list post token=- url
	if [[ $1 == hub ]]; then
		url=$(hub_list_url); list=${url#"$HUB_URL"}; post=$(hub_post_url); post=${post#"$HUB_URL"}; token=$TOKENS
	else
		url=$(waline_list_url); list=${url#"$WALINE_URL"}; post=/api/comment
	fi
	BENCH_DIR=$BENCH_DIR run_tool "$3" wrk -t "$THREADS" -c "$CONNECTIONS" -d "${2}s" --timeout 10s \
		-s "$BENCH_DIR/wrk/comments.lua" "$url" -- "$1" "$list" "$post" "$token" "$(basename "$3")" \
		|| { cat "$3.out" "$3.err" >&2; fail "wrk failed against $1"; }
	declare -gA WRK=()
	for pair in $(grep '^WRK ' "$3.out" | cut -d ' ' -f 2-); do
		WRK[${pair%%=*}]=${pair#*=}
	done
	((${WRK[requests]:-0} > 0)) || { cat "$3.out" "$3.err" >&2; fail "wrk made no requests against $1"; }
	((WRK[non2xx] == 0 && WRK[socket_errors] == 0)) || { cat "$3.out" >&2; fail "$1 answered ${WRK[non2xx]} of" \
		"${WRK[requests]} requests with a status other than 2xx, and ${WRK[socket_errors]} failed at the socket"; }
}

measure_side() {
	local rate
	note "round $2, $1: ${DURATION} s (load average $(load_average))"
	run_side "$1" "$DURATION" "$WORK/$1-$2"
	rate=$(awk -v n="${WRK[requests]}" -v us="${WRK[duration_us]}" 'BEGIN { printf "%.1f", n / (us / 1e6) }')
	TOTAL[$1]=$((TOTAL[$1] + WRK[requests]))
	TOTAL[${1}_us]=$((TOTAL[${1}_us] + WRK[duration_us]))
	P99[$1]="${P99[$1]:-} $(awk -v v="${WRK[p99_us]}" 'BEGIN { printf "%.1f", v / 1000 }')"
	ROUND_LINES+=("$(printf 'round %s %-6s %8s requests/s (%s requests, %s posts), p50 %.1f ms, p99 %.1f ms, max %.0f ms' \
		"$2" "$1" "$rate" "${WRK[requests]}" "${WRK[posts]}" "$(awk -v v="${WRK[p50_us]}" 'BEGIN { print v / 1000 }')" \
		"$(awk -v v="${WRK[p99_us]}" 'BEGIN { print v / 1000 }')" "$(awk -v v="${WRK[max_us]}" 'BEGIN { print v / 1000 }')")")
}

# Warm-up of both, then ROUNDS rounds in alternating order so that a changing background load weighs on both alike.
measure() {
	local round
	say ""
	say "Measured: ${ROUNDS} round(s) of ${DURATION} s per side at ${CONNECTIONS} connections (${THREADS} wrk threads), after ${WARMUP} s warm-up each."
	run_side hub "$WARMUP" "$WORK/hub-warmup"
	run_side waline "$WARMUP" "$WORK/waline-warmup"
	for ((round = 1; round <= ROUNDS; round++)); do
		if ((round % 2)); then
			measure_side hub "$round"
			measure_side waline "$round"
		else
			measure_side waline "$round"
			measure_side hub "$round"
		fi
	done
}

summarise() {
	local hub waline
	hub=$(awk -v n="${TOTAL[hub]}" -v us="${TOTAL[hub_us]}" 'BEGIN { printf "%.1f", n / (us / 1e6) }')
	waline=$(awk -v n="${TOTAL[waline]}" -v us="${TOTAL[waline_us]}" 'BEGIN { printf "%.1f", n / (us / 1e6) }')
	say ""
	printf '%s\n' "${ROUND_LINES[@]}" | while read -r line; do say "$line"; done
	say ""
	say "hub:    $hub requests/s, p99 per round (ms):${P99[hub]}"
	say "waline: $waline requests/s, p99 per round (ms):${P99[waline]}"
	say "ratio (hub / Waline requests per second): $(awk -v a="$hub" -v b="$waline" 'BEGIN { printf "%.2f", a / b }') (aim: ≥ 6)"
	say "hub memory: $(hub_memory)"
	say "results: ${RESULT_FILE#"$ROOT"/}"
}

# The most wrk threads any run uses: one audience member (token) per thread.
max_threads() {
	local most=$THREADS level
	for level in "${P99_LEVELS[@]}"; do
		((level > most)) && most=$level
	done
	echo "$most"
}

# The aim compares the rates at equal p99. With the same connections the hub answers well inside Waline's p99, so the
# hub alone runs again with more connections (a thread and a person each), up to the last level whose p99 stays within
# Waline's worst round: the hub's rate there against Waline's measured rate.
measure_at_waline_p99() {
	local limit waline level rate best_rate= best_level= p99
	limit=$(tr ' ' '\n' <<<"${P99[waline]}" | sort -g | tail -1)
	waline=$(awk -v n="${TOTAL[waline]}" -v us="${TOTAL[waline_us]}" 'BEGIN { printf "%.1f", n / (us / 1e6) }')
	say ""
	say "At Waline's p99 (${limit} ms, its worst round): the hub alone at ${P99_LEVELS[*]} connections," \
		"${DURATION} s each after ${P99_WARMUP} s of warm-up"
	for level in "${P99_LEVELS[@]}"; do
		# its new writers' first requests (their people not looked up yet) are not part of the measure
		CONNECTIONS=$level THREADS=$level run_side hub "$P99_WARMUP" "$WORK/hub-c$level-warmup"
		CONNECTIONS=$level THREADS=$level run_side hub "$DURATION" "$WORK/hub-c$level"
		rate=$(awk -v n="${WRK[requests]}" -v us="${WRK[duration_us]}" 'BEGIN { printf "%.1f", n / (us / 1e6) }')
		p99=$(awk -v v="${WRK[p99_us]}" 'BEGIN { printf "%.1f", v / 1000 }')
		say "$(printf 'hub at %3d connections: %8s requests/s, p50 %.1f ms, p99 %s ms' "$level" "$rate" \
			"$(awk -v v="${WRK[p50_us]}" 'BEGIN { print v / 1000 }')" "$p99")"
		awk -v a="$p99" -v b="$limit" 'BEGIN { exit !(a <= b) }' || break
		best_rate=$rate
		best_level=$level
	done
	if [[ -n $best_rate ]]; then
		say "ratio at equal p99 (hub at $best_level connections / Waline at $CONNECTIONS): $(awk -v a="$best_rate" -v b="$waline" \
			'BEGIN { printf "%.2f", a / b }') (aim: ≥ 6)"
	else
		say "the hub's p99 passed Waline's already at ${P99_LEVELS[0]} connections: the ratio at $CONNECTIONS connections stands"
	fi
}
