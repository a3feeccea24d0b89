package se.budkavle;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Modules own their tables (shared/ARCHITECTURE.md): every SQL string in {@code src/main} names only its own
 * module's tables and the views other modules publish as their SQL API (the "Tables:" and "SQL API:" lines of each
 * {@code package-info}), with no exceptions.
 */
class SqlBoundaryTests {

	static final Path SOURCES = Path.of("src/main/java/se/budkavle");

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	final SqlBoundary boundary = SqlBoundary.of(SOURCES);

	@Test
	void everyTableAndViewTheMigrationsCreateIsOwnedByOneModule() {
		assertThat(this.boundary.owners.keySet()).as("owned in a package-info")
			.containsExactlyInAnyOrderElementsOf(SqlBoundary.created(MIGRATIONS));
	}

	@Test
	void noModuleNamesAnotherModulesTable() {
		assertThat(this.boundary.crossings(SOURCES))
			.as("SQL naming another module's table: read a view the owner publishes instead")
			.isEmpty();
	}

	@Test
	void aNewModuleJoiningAnotherModulesTableIsCaughtWhileItsPublishedViewsAreNot() {
		SqlBoundary boundary = new SqlBoundary();
		boundary.owners.put("unit_closure", "org");
		boundary.owners.put("subtree_members", "org");
		boundary.published.add("subtree_members");
		boundary.owners.put("cascade", "cascade");
		String source = """
				class Tracker {
					static final String UNITS = \"""
							select c.id from cascade c
							join unit_closure u on u.ancestor_id = c.unit_id\""";
					static final String PEOPLE = "select person_id from subtree_members where unit_id = :unit";
				}
				""";

		assertThat(boundary.crossings("cascade", source)).containsExactly("cascade unit_closure");
		assertThat(boundary.crossings("org", source)).containsExactly("org cascade");
	}
}
