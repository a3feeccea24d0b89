package se.budkavle.reach;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Loads the unit tree the figures roll up over.
 */
@Component
class ReachTrees {

	/** The tree; the benchmark runs the same statement. */
	static final String TREE = "select id, parent_id, name from org_unit";

	private final DatabaseClient database;

	ReachTrees(DatabaseClient database) {
		this.database = database;
	}

	/** Active people per unit they belong to first: the sizes that decide which rows of a period's report show. */
	static final String PEOPLE = """
			select m.unit_id, count(*) as people
			from person_membership_record m join org_person p on p.id = m.person_id
			where m.is_primary and p.active
			group by m.unit_id""";

	Mono<java.util.Map<UUID, Long>> people() {
		return this.database.sql(PEOPLE)
			.map((row) -> java.util.Map.entry(row.get("unit_id", UUID.class), row.get("people", Long.class)))
			.all()
			.collectMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue, java.util.HashMap::new);
	}

	Mono<UnitTree> current() {
		return this.database.sql(TREE)
			.map((row) -> new UnitTree.Node(row.get("id", UUID.class), row.get("parent_id", UUID.class),
					row.get("name", String.class)))
			.all()
			.collectList()
			.map(UnitTree::new);
	}
}
