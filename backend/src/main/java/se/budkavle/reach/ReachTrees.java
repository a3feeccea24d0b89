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

	private final DatabaseClient database;

	ReachTrees(DatabaseClient database) {
		this.database = database;
	}

	Mono<UnitTree> current() {
		return this.database.sql("select id, parent_id, name from unit")
			.map((row) -> new UnitTree.Node(row.get("id", UUID.class), row.get("parent_id", UUID.class),
					row.get("name", String.class)))
			.all()
			.collectList()
			.map(UnitTree::new);
	}
}
