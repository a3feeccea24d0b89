# Shared by the drills: a PostgreSQL cluster of their own (Debian's server binaries, run as the postgres user, on a
# loopback port the OS picks), hubs started from the backend jar against it, and the demo organisation seeded once.
# Sourced by bench/drills/run.sh after bench/lib/common.sh and bench/lib/hub.sh (build_jar, find_jar, wait_gone).

PG_BIN=${DRILL_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
PG_PORT=
PG_DIR=
declare -A HUB_PIDS=() HUB_PORTS=()
POST=
READY_PATH=

require_drill_tools() {
	require "java node curl psql runuser awk" "the drills need Java 17+, Node 20+, curl, psql and runuser"
	[[ -x "$PG_BIN/pg_ctl" ]] || fail "no PostgreSQL server binaries (Debian: apt-get install postgresql; or set DRILL_PG_BIN)"
	[[ -d "$ROOT/widgets/node_modules/ws" ]] || fail "widgets/node_modules/ws is missing: build the widgets once (./mvnw -pl widgets -q package -DskipTests)"
}

as_postgres() {
	if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A throwaway cluster in the scratch directory (trust on loopback only), stopped and removed on exit.
start_pg() {
	PG_DIR="$WORK/pg"
	PG_PORT=$(free_port)
	mkdir -p "$PG_DIR"
	[[ $(id -u) == 0 ]] && chown postgres "$PG_DIR" "$WORK" && chmod 755 "$WORK"
	as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
		>"$WORK/initdb.log" 2>&1 || { cat "$WORK/initdb.log" >&2; fail "initdb failed"; }
	on_exit stop_pg
	pg_up
	pg_sql postgres "create database budkavle"
	note "PostgreSQL $(pg_sql budkavle 'show server_version') on 127.0.0.1:$PG_PORT"
}

pg_up() {
	as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
		-o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on" start >/dev/null \
		|| { tail -20 "$PG_DIR/server.log" >&2; fail "PostgreSQL did not start"; }
}

pg_down() {
	as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 60 stop >/dev/null
}

stop_pg() {
	[[ -n "$PG_DIR" && -f "$PG_DIR/data/postmaster.pid" ]] && pg_down
	PG_DIR=
}

pg_sql() {
	local database=$1
	shift
	PGCONNECT_TIMEOUT=5 psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$database" -c "$*"
}

sql() {
	pg_sql budkavle "$@"
}

# start_hub NAME [extra arguments]: the jar in demo mode (tokens from /demo/token) against the drills' PostgreSQL.
start_hub() {
	local name=$1 port deadline
	shift
	port=$(free_port)
	HUB_PORTS[$name]=$port
	(cd "$WORK" && exec java ${DRILL_JAVA_OPTS:--Xmx768m} -jar "$(find_jar)" \
		--server.address=127.0.0.1 --server.port="$port" --management.server.port="$(free_port)" \
		--spring.r2dbc.url="r2dbc:postgresql://127.0.0.1:$PG_PORT/budkavle" --spring.r2dbc.username=postgres \
		--spring.flyway.url="jdbc:postgresql://127.0.0.1:$PG_PORT/budkavle" --spring.flyway.user=postgres \
		--budkavle.identity.issuer-uri= --budkavle.demo.enabled=true \
		--budkavle.questions.limit-secret=drill --budkavle.questions.follow-up-secret=drill \
		--logging.level.root=WARN --logging.level.se.budkavle=INFO "$@") >"$WORK/hub-$name.log" 2>&1 &
	HUB_PIDS[$name]=$!
	deadline=$((SECONDS + ${DRILL_START_TIMEOUT:-300}))
	until curl -fsS --max-time 3 "$(hub_url "$name")/readyz" >/dev/null 2>&1 \
			|| curl -fsS --max-time 3 "$(hub_url "$name")/actuator/health/readiness" >/dev/null 2>&1; do
		kill -0 "${HUB_PIDS[$name]}" 2>/dev/null || { tail -30 "$WORK/hub-$name.log" >&2; fail "hub $name stopped while starting"; }
		((SECONDS < deadline)) || fail "hub $name was not up within ${DRILL_START_TIMEOUT:-300} s"
		sleep 0.5
	done
	if [[ -z "$READY_PATH" ]]; then
		READY_PATH=/readyz
		curl -fsS --max-time 3 "$(hub_url "$name")/readyz" >/dev/null 2>&1 || READY_PATH=/actuator/health/readiness
	fi
	note "hub $name up on $(hub_url "$name") (pid ${HUB_PIDS[$name]}), readiness at $READY_PATH"
}

hub_url() {
	echo "http://127.0.0.1:${HUB_PORTS[$1]}"
}

stop_hubs() {
	local name
	for name in "${!HUB_PIDS[@]}"; do
		stop_hub_within "${HUB_PIDS[$name]}" 60
		unset "HUB_PIDS[$name]"
	done
}

# SIGTERM, then SIGKILL if the process is still there after SECONDS; waits for it (a child of this shell, so
# `wait` and not kill -0, which a zombie still answers).
stop_hub_within() {
	local pid=$1 killer
	kill -TERM "$pid" 2>/dev/null || return 0
	(sleep "$2"; kill -KILL "$pid" 2>/dev/null) &
	killer=$!
	wait "$pid" 2>/dev/null || true
	kill "$killer" 2>/dev/null || true
	wait "$killer" 2>/dev/null || true
}

kill_hub() {
	kill -KILL "${HUB_PIDS[$1]}" 2>/dev/null
	wait "${HUB_PIDS[$1]}" 2>/dev/null || true
	unset "HUB_PIDS[$1]"
}

# A post to the whole organisation that asks for acknowledgement, written as the ack benchmark writes it (once the
# demo organisation is there).
publish_post() {
	local deadline=$((SECONDS + 120))
	until [[ $(sql "select count(*) from person where external_id = 'demo-admin'") == 1 ]]; do
		((SECONDS < deadline)) || fail "the demo organisation was not seeded"
		sleep 0.5
	done
	POST=$(sql "with p as (
			insert into post (author_id, title, body_markdown, body_html, excerpt, priority, language, comments_enabled,
			                  ack_required, ack_deadline, status, publish_at, published_at)
			select id, 'Övning: läs och bekräfta', 'x', '<p>x</p>', 'x', 'NORMAL', 'sv', false, true,
			       now() + interval '7 days', 'PUBLISHED', now(), now()
			from person where external_id = 'demo-admin' returning id)
		select id from p")
	sql "insert into post_target select '$POST', id, true from unit where parent_id is null;
		insert into post_audience (post_id, person_id, unit_id)
		select '$POST', m.person_id, m.unit_id from membership m join person p on p.id = m.person_id and p.active
		where m.is_primary;
		update post set audience_size = (select count(*) from post_audience where post_id = '$POST') where id = '$POST'"
}

# tokens_for HUB COUNT FILE: demo tokens for COUNT people of the post's audience, "personId token" per line.
tokens_for() {
	sql "select person_id from post_audience where post_id = '$POST' order by md5(person_id::text) limit $2" \
		>"$WORK/people.txt"
	note "issuing demo tokens for $2 people on hub $1"
	node "$DRILLS/drill.mjs" tokens "$(hub_url "$1")" "$WORK/people.txt" >"$3" || fail "issuing tokens failed"
}

drill_node() {
	node "$DRILLS/drill.mjs" "$@"
}
