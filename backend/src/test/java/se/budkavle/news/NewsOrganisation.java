package se.budkavle.news;

import java.util.Set;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

import se.budkavle.identity.Role;
import se.budkavle.identity.Viewer;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.OrgTables;
import se.budkavle.org.TestDirectory;

/**
 * The demo slice of the organisation (Hemtjänst Syd under Äldreomsorg, Förskolan Solrosen, Administration) with a
 * communicator and an HR specialist, imported the way a directory file is, so that subtree tables are kept too.
 */
final class NewsOrganisation {

	private final DatabaseClient database;

	NewsOrganisation(DatabaseClient database) {
		this.database = database;
	}

	static TestDirectory directory() {
		return TestDirectory.demo()
			.person("demo-communicator", "Lena Sjöberg", "Kommunikatör", "hsf-adm")
			.person("demo-hr", "Peter Wikström", "HR-specialist", "hsf-adm");
	}

	/** Empties every table and imports the directory. */
	void reset(DirectoryImports imports, TestDirectory directory) {
		this.database.sql("truncate post cascade").then().block();
		new OrgTables(this.database).clear();
		imports.applyFile(directory.toString(), "test", null).block();
	}

	UUID person(String key) {
		return this.database.sql("select id from person where external_id = :id")
			.bind("id", "demo-" + key)
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
	}

	UUID unit(String key) {
		return this.database.sql("select id from unit where external_id = :id")
			.bind("id", key)
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
	}

	/** The persona as the identity module would see them, with the roles their token would carry. */
	Viewer viewer(String key) {
		return new Viewer(person(key), key, key + "@demo.budkavle.se", roles(key));
	}

	static Set<Role> roles(String key) {
		return switch (key) {
			case "communicator" -> Set.of(Role.COMMUNICATOR);
			case "hr" -> Set.of(Role.HR);
			case "admin" -> Set.of(Role.ADMIN);
			default -> Set.of();
		};
	}

	long count(String sql) {
		return this.database.sql(sql).map((row) -> row.get(0, Long.class)).one().block();
	}
}
