# The hub under test: built from this checkout, started from its jar in demo mode with a throwaway embedded
# PostgreSQL on a fixed loopback port, and always stopped again. Sourced by bench/run.sh.

HUB_PID=
HUB_PORT=
PG_PORT=
PG_PID=
PG_DATA=
HUB_URL=
# Extra arguments a benchmark gives the hub (e.g. --budkavle.live.bench-endpoint=true).
HUB_ARGS=()

# Builds the backend jar unless one exists that is newer than every source and build file of the repository.
build_jar() {
	local jar
	jar=$(find_jar)
	if [[ -n "$jar" ]] && [[ -z $(find "$ROOT/pom.xml" "$ROOT"/*/pom.xml "$ROOT"/*/src "$ROOT/widgets"/*.json \
			"$ROOT/widgets"/*.mjs -newer "$jar" -type f -print -quit 2>/dev/null) ]]; then
		note "backend jar is up to date: ${jar#"$ROOT"/}"
		return
	fi
	note "building the backend jar (./mvnw -B -q -DskipTests package)"
	(cd "$ROOT" && timeout "${BENCH_BUILD_TIMEOUT:-1800}" ./mvnw -B -q -DskipTests package) >"$WORK/build.log" 2>&1 \
		|| { tail -40 "$WORK/build.log" >&2; fail "the build failed (log above)"; }
	[[ -n $(find_jar) ]] || fail "the build made no backend/target/budkavle-backend-*.jar"
}

find_jar() {
	find "$ROOT/backend/target" -maxdepth 1 -name 'budkavle-backend-*.jar' ! -name '*-plain.jar' \
		! -name '*-sources.jar' ! -name '*-javadoc.jar' -print -quit 2>/dev/null || true
}

# Starts the hub from the jar on loopback ports and waits, with a deadline, until it reports itself ready.
start_hub() {
	local jar deadline
	jar=$(find_jar)
	HUB_PORT=$(free_port)
	PG_PORT=$(free_port)
	HUB_URL="http://127.0.0.1:$HUB_PORT"
	note "starting the hub on 127.0.0.1:$HUB_PORT, embedded PostgreSQL on port $PG_PORT"
	on_exit stop_hub
	# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of JVM options
	(cd "$WORK" && exec java ${BENCH_JAVA_OPTS:-} -jar "$jar" \
		--server.address=127.0.0.1 --server.port="$HUB_PORT" --management.server.port="$(free_port)" \
		--budkavle.database.embedded.ephemeral=true --budkavle.database.embedded.port="$PG_PORT" \
		--budkavle.identity.issuer-uri= --budkavle.demo.enabled=true --logging.level.root=WARN --logging.level.se.budkavle=INFO \
		"${HUB_ARGS[@]}") \
		>"$WORK/hub.log" 2>&1 &
	HUB_PID=$!
	deadline=$((SECONDS + ${BENCH_START_TIMEOUT:-300}))
	until curl -fsS --max-time 5 "$HUB_URL/readyz" >/dev/null 2>&1; do
		if ! kill -0 "$HUB_PID" 2>/dev/null; then
			tail -40 "$WORK/hub.log" >&2
			HUB_PID=
			fail "the hub stopped while starting (log above)"
		fi
		((SECONDS < deadline)) || { tail -40 "$WORK/hub.log" >&2; fail "the hub was not ready within ${BENCH_START_TIMEOUT:-300} s"; }
		sleep 1
	done
	PG_DATA=$(sql "show data_directory")
	PG_PID=$(head -1 "$PG_DATA/postmaster.pid")
	note "hub ready (pid $HUB_PID); PostgreSQL $(sql 'show server_version') pid $PG_PID, data in $PG_DATA"
}

# Stops the hub (which stops its embedded PostgreSQL and removes its data); forces both if they hang.
stop_hub() {
	[[ -n "$HUB_PID" ]] || return 0
	note "stopping the hub"
	kill -TERM "$HUB_PID" 2>/dev/null
	wait_gone "$HUB_PID" 60 || { note "the hub did not stop within 60 s; killing it"; kill -KILL "$HUB_PID" 2>/dev/null; }
	if [[ -n "$PG_PID" ]] && kill -0 "$PG_PID" 2>/dev/null; then
		note "PostgreSQL outlived the hub; stopping it"
		kill -INT "$PG_PID" 2>/dev/null
		wait_gone "$PG_PID" 30 || kill -KILL "$PG_PID" 2>/dev/null
	fi
	# The throwaway data directory and its lock file, which the hub does not always manage to remove itself; only
	# ever the one this run's hub made in the temporary directory.
	if [[ "$(basename "$PG_DATA")" == budkavle-pg* ]]; then
		rm -rf "$PG_DATA" "$PG_DATA.lock"
	fi
	HUB_PID=
}

wait_gone() {
	local pid=$1 deadline=$((SECONDS + $2))
	while kill -0 "$pid" 2>/dev/null; do
		((SECONDS < deadline)) || return 1
		sleep 0.2
	done
}

# psql against the hub's embedded database (user postgres, no password, database budkavle), bounded in time.
# sql QUERY [psql options]; sql - [psql options] reads the query from stdin.
sql() {
	local query=$1
	shift
	if [[ "$query" == - ]]; then
		pg "$@" -f -
	else
		pg "$@" -c "$query"
	fi
}

pg() {
	PGCONNECT_TIMEOUT=10 PGOPTIONS="-c statement_timeout=${BENCH_SQL_TIMEOUT:-600}s" \
		psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d budkavle "$@"
}

# A bearer token of the demo persona `admin`: GET /demo/personas, then POST /demo/token with its personId.
admin_token() {
	local person
	person=$(curl -fsS --max-time 30 "$HUB_URL/demo/personas" \
		| json 'v.find((p) => p.key === "admin")?.personId ?? ""') || fail "GET /demo/personas failed"
	[[ -n "$person" ]] || fail "the demo persona admin is missing (is demo mode on, and its person active?)"
	curl -fsS --max-time 30 -H 'Content-Type: application/json' -d "{\"personId\":\"$person\"}" "$HUB_URL/demo/token" \
		| json 'v.access_token' || fail "POST /demo/token failed"
}

# Resident and peak resident memory of the hub's JVM.
hub_memory() {
	awk '/^VmRSS|^VmHWM/ { printf "%s %.0f MB  ", $1, $2 / 1024 }' "/proc/$HUB_PID/status"
}
