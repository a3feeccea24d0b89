# The benchmarks' generated organisation and demo tokens, shared by ack, fanout and the others that need many people.
# Sourced by bench/run.sh; uses PEOPLE and UNITS of the sourcing benchmark.

generate_organisation() {
	note "generating ${PEOPLE} people in ${UNITS} units (bench/generate-org.mjs)"
	timeout 300 node "$BENCH_DIR/generate-org.mjs" "$PEOPLE" "$UNITS" >"$WORK/org.jsonl" 2>"$WORK/generate.log" \
		|| { cat "$WORK/generate.log" >&2; fail "generating the organisation failed"; }
	say "organisation file: $(cat "$WORK/generate.log")"
}

import_organisation() {
	local status
	note "importing the organisation through POST /api/v1/admin/directory/imports"
	status=$(curl -sS --max-time "${BENCH_IMPORT_TIMEOUT:-1200}" -o "$WORK/import.json" -w '%{http_code}' \
		-H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/x-ndjson' \
		--data-binary "@$WORK/org.jsonl" "$HUB_URL/api/v1/admin/directory/imports?confirm=true") || fail "the import request failed"
	[[ "$status" == 2* ]] || { head -c 2000 "$WORK/import.json" >&2; fail "the import answered $status"; }
}

# A demo token (POST /demo/token, as the members bench gets its admin token) for each person id in $1, one per line,
# written to $2 in the same order.
issue_tokens_for() {
	HUB_URL="$HUB_URL" timeout 900 node -e '
		const ids = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n");
		const tokens = new Array(ids.length);
		let next = 0;
		async function worker() {
			while (next < ids.length) {
				const i = next++;
				const r = await fetch(process.env.HUB_URL + "/demo/token", { method: "POST",
					headers: { "content-type": "application/json" }, body: JSON.stringify({ personId: ids[i] }) });
				if (!r.ok) throw new Error("POST /demo/token answered " + r.status);
				tokens[i] = (await r.json()).access_token;
			}
		}
		Promise.all(Array.from({ length: 8 }, worker)).then(() => console.log(tokens.join("\n")),
			(e) => { console.error(e.message); process.exit(1); });' "$1" >"$2" || fail "issuing tokens failed"
}
