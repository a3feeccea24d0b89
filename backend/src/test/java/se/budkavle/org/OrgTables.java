package se.budkavle.org;

import java.util.List;
import java.util.Map;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Test access to the organisation's tables: emptying them between tests and taking a snapshot of all of them to
 * prove that a rejected import changed nothing.
 */
public final class OrgTables {

	private static final String[] TABLES = { "* from unit order by id",
			"* from unit_closure order by ancestor_id, descendant_id", "* from person order by id",
			"* from membership order by unit_id, person_id", "* from unit_manager order by unit_id, person_id",
			"id, source, applied_by, applied_at, changes::text from directory_import order by id" };

	private final DatabaseClient database;

	public OrgTables(DatabaseClient database) {
		this.database = database;
	}

	public void clear() {
		this.database
			.sql("truncate directory_import, unit_manager, membership, unit_closure, person, unit cascade")
			.then()
			.block();
	}

	/** Every row of every table of the organisation. */
	public List<List<Map<String, Object>>> snapshot() {
		return java.util.Arrays.stream(TABLES)
			.map((table) -> this.database.sql("select " + table).fetch().all().collectList().block())
			.toList();
	}

	public long count(String sql) {
		return this.database.sql(sql).map((row) -> row.get(0, Long.class)).one().block();
	}

	public List<String> strings(String sql) {
		return this.database.sql(sql).map((row) -> row.get(0, String.class)).all().collectList().block();
	}
}
