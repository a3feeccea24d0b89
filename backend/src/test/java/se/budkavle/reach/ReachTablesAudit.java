package se.budkavle.reach;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Fetches every reach table the API returns for every unit of an organisation (a post's reach, the unit report and
 * the themes) and shows them to a {@link DisclosureAuditor}, reading each table as someone holding the organisation
 * chart would: a row names a unit's subtree (or the people directly at a unit), less the units it says it leaves out;
 * "Övriga" is what the table's total holds beyond its rows.
 */
final class ReachTablesAudit {

	static final String PERIOD = "from=2026-09-01T00:00:00Z&to=2026-11-01T00:00:00Z";

	private final WebTestClient client;

	private final String token;

	ReachTablesAudit(WebTestClient client, String token) {
		this.client = client;
		this.token = token;
	}

	/** The organisation as it stands: each unit's parent and the people counted directly at it. */
	static DisclosureAuditor organisation(DatabaseClient database) {
		Map<UUID, UUID> parents = new HashMap<>();
		database.sql("select id, parent_id from unit")
			.map((row) -> new UUID[] { row.get("id", UUID.class), row.get("parent_id", UUID.class) })
			.all()
			.doOnNext((pair) -> parents.put(pair[0], pair[1]))
			.blockLast();
		Map<UUID, Long> people = database.sql(ReachTrees.PEOPLE)
			.map((row) -> Map.entry(row.get("unit_id", UUID.class), row.get("people", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.block();
		return new DisclosureAuditor(parents, people);
	}

	/**
	 * The organisation as one post's audience sees it: each unit's parent and the people of the audience counted at it.
	 */
	static DisclosureAuditor audience(DatabaseClient database, UUID post) {
		Map<UUID, UUID> parents = new HashMap<>();
		database.sql("select id, parent_id from unit")
			.map((row) -> new UUID[] { row.get("id", UUID.class), row.get("parent_id", UUID.class) })
			.all()
			.doOnNext((pair) -> parents.put(pair[0], pair[1]))
			.blockLast();
		Map<UUID, Long> audience = database
			.sql("select unit_id, count(*) as people from post_audience where post_id = :post group by unit_id")
			.bind("post", post)
			.map((row) -> Map.entry(row.get("unit_id", UUID.class), row.get("people", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.block();
		return new DisclosureAuditor(parents, audience);
	}

	/** Shows the auditor the given post's reach table at every unit. */
	void showPostReach(DisclosureAuditor auditor, UUID post) {
		for (UUID unit : auditor.units()) {
			table(auditor, "reach of " + post + " at " + unit, get("/api/v1/reach/posts/" + post + "?unitId=" + unit),
					unit, "audience");
		}
	}

	/** Shows the auditor every unit report, theme list and the given post's reach tables, for every unit. */
	void showEverything(DisclosureAuditor auditor, UUID post) {
		for (UUID unit : auditor.units()) {
			BitSet total = table(auditor, "unit report of " + unit, get("/api/v1/reach/units/" + unit + "?" + PERIOD), unit,
					"people");
			if (total != null) {
				auditor.total(unit, total);
			}
			table(auditor, "reach of the post at " + unit, get("/api/v1/reach/posts/" + post + "?unitId=" + unit), unit,
					"audience");
			Map<String, Object> themes = get("/api/v1/reach/units/" + unit + "/themes?" + PERIOD);
			if (!Boolean.TRUE.equals(themes.get("suppressed"))) {
				auditor.show("themes of " + unit, withheld(auditor, auditor.subtree(unit), themes), null);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private BitSet table(DisclosureAuditor auditor, String where, Map<String, Object> table, UUID unit, String count) {
		if (Boolean.TRUE.equals(table.get("suppressed"))) {
			return null;
		}
		BitSet total = withheld(auditor, auditor.subtree(unit), table);
		auditor.show(where + ", total", total, people(table.get("total"), count));
		BitSet rest = (BitSet) total.clone();
		for (Map<String, Object> row : (List<Map<String, Object>>) table.get("groups")) {
			UUID rowUnit = UUID.fromString((String) row.get("unitId"));
			BitSet set = Boolean.TRUE.equals(row.get("direct")) ? auditor.only(rowUnit)
					: withheld(auditor, auditor.subtree(rowUnit), row);
			auditor.show(where + ", row " + rowUnit + (Boolean.TRUE.equals(row.get("direct")) ? " (direct)" : ""), set,
					people(row.get("figures"), count));
			rest.andNot(set);
		}
		if (table.get("other") != null) {
			auditor.show(where + ", Övriga", rest, people(table.get("other"), count));
		}
		if (table.get("readsPerHour") instanceof List<?> hours && !hours.isEmpty()) {
			long reads = hours.stream().mapToLong((hour) -> ((Number) ((Map<String, Object>) hour).get("reads")).longValue())
				.sum();
			long readers = ((Number) ((Map<String, Object>) table.get("total")).get("readers")).longValue();
			if (reads != readers) {
				auditor.show(where + ", reads per hour (" + reads + " reads, " + readers + " readers)", new BitSet(), 1L);
			}
		}
		return total;
	}

	@SuppressWarnings("unchecked")
	private static BitSet withheld(DisclosureAuditor auditor, BitSet subtree, Map<String, Object> holder) {
		BitSet set = (BitSet) subtree.clone();
		Object withheld = holder.get("withheldUnits");
		if (withheld instanceof List<?> units) {
			((List<String>) units).forEach((unit) -> set.andNot(auditor.only(UUID.fromString(unit))));
		}
		return set;
	}

	@SuppressWarnings("unchecked")
	private static Long people(Object figures, String count) {
		return ((Number) ((Map<String, Object>) figures).get(count)).longValue();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> get(String uri) {
		return this.client.get()
			.uri(uri)
			.headers((headers) -> headers.setBearerAuth(this.token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}
}
