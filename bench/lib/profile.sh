# Profiles of the hub's measured API runs (issue 16, point 1): with BENCH_PROFILE=1, async-profiler (from Maven
# Central, tools.profiler:async-profiler, the Linux x64 library inside its jar) is attached to the running hub for
# each measured API run only — not the warm-up — and leaves, per run, a flame graph (.html) and the folded stacks
# (.collapsed) in bench/results, named after the benchmark's results file. BENCH_PROFILE_EVENT picks the sampling
# (default itimer, which works without perf_events; cpu where the kernel allows it). Sourced by bench/run.sh.

PROFILER_VERSION=4.1
PROFILER_LIB=

# profile_start: attach the profiler to the hub and start sampling (nothing without BENCH_PROFILE).
profile_start() {
	[[ -n "${BENCH_PROFILE:-}" ]] || return 0
	[[ -n "$PROFILER_LIB" ]] || profiler_fetch
	# The agent's options go in quotes of their own: jcmd would read "event=…" as an argument of its own.
	jcmd "$HUB_PID" JVMTI.agent_load "$PROFILER_LIB" \
		"\"start,event=${BENCH_PROFILE_EVENT:-itimer},interval=${BENCH_PROFILE_INTERVAL:-1ms}\"" >/dev/null
}

# profile_stop NAME: stop sampling and write NAME.html and NAME.collapsed beside the results file.
profile_stop() {
	[[ -n "${BENCH_PROFILE:-}" ]] || return 0
	local base="${RESULT_FILE%.txt}-$1"
	jcmd "$HUB_PID" JVMTI.agent_load "$PROFILER_LIB" "\"stop,file=$base.html\"" >/dev/null
	jcmd "$HUB_PID" JVMTI.agent_load "$PROFILER_LIB" "\"dump,collapsed,file=$base.collapsed\"" >/dev/null
	say "profile of the API run: ${base#"$ROOT"/}.html (flame graph), .collapsed (folded stacks)"
	say "$(profile_top "$base.collapsed")"
}

# profile_top FILE: where the samples went, from the folded stacks. Each sample goes to the nearest layer of the
# request path found walking its stack from the leaf up (a BigInteger under the JWT library counts as token
# verification; a frame of Netty at the bottom of every stack only when nothing nearer is known), then the 12 hottest
# frames by self time.
profile_top() {
	echo "         samples by the nearest layer of the request path:"
	awk '
		BEGIN {
			n = split("token verification|nimbusds|VerifiedTokens|jose;" \
				"security filter chain|springframework[./]security;" \
				"JSON (Jackson)|jackson;" \
				"R2DBC and the PostgreSQL driver|io[./]r2dbc|r2dbc[./]postgresql|r2dbc[./]pool;" \
				"Spring WebFlux and HTTP|springframework[./]web|springframework[./]http|springframework[./]core;" \
				"logging|logback|slf4j;" \
				"Budkavle code|se[./]budkavle;" \
				"Reactor operators|reactor[./]core|reactor[./]util;" \
				"Netty I/O (Reactor Netty, Netty)|io[./]netty|reactor[./]netty;" \
				"JIT compiler|Compile|C2Compiler|C1Compiler;" \
				"garbage collector|G1|GC|gc_", parts, ";")
			for (i = 1; i <= n; i++) { split(parts[i], kv, "|"); name[i] = kv[1]; re[i] = substr(parts[i], length(kv[1]) + 2) }
		}
		{
			count = $NF; line = $0; sub(/ [0-9]+$/, "", line); k = split(line, f, ";"); total += count; found = 0
			for (x = k; x >= 1 && !found; x--)
				for (i = 1; i <= n; i++) if (f[x] ~ re[i]) { share[name[i]] += count; found = 1; break }
			if (!found) share["other (JVM, kernel)"] += count
		}
		END { for (s in share) printf "%d\t%s\t%d\n", share[s], s, total }' "$1" | sort -rn \
		| awk -F'\t' '{ printf "           %5.1f %%  %s\n", 100 * $1 / $3, $2 }'
	echo "         hottest frames (self time):"
	awk '{ n = $NF; line = $0; sub(/ [0-9]+$/, "", line); k = split(line, f, ";"); self[f[k]] += n; t += n }
		END { for (x in self) printf "%d\t%s\t%d\n", self[x], x, t }' "$1" | sort -rn | head -12 \
		| awk -F'\t' '{ printf "           %5.1f %%  %s\n", 100 * $1 / $3, $2 }'
}

profiler_fetch() {
	local jar="$HOME/.m2/repository/tools/profiler/async-profiler/$PROFILER_VERSION/async-profiler-$PROFILER_VERSION.jar"
	if [[ ! -f "$jar" ]]; then
		(cd "$ROOT" && ./mvnw -B -q dependency:get -Dartifact="tools.profiler:async-profiler:$PROFILER_VERSION") \
			>"$WORK/profiler-fetch.log" 2>&1 || { cat "$WORK/profiler-fetch.log" >&2; fail "async-profiler could not be fetched"; }
	fi
	unzip -o -q -j "$jar" linux-x64/libasyncProfiler.so -d "$WORK/profiler"
	PROFILER_LIB="$WORK/profiler/libasyncProfiler.so"
}
