package se.budkavle.org.directory;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

import se.budkavle.org.directory.StoredOrganisation.Link;

/**
 * Writes membership or manager assignment changes: removals before additions, so that a changed deputy mark (a
 * removal and an addition of the same pair) ends as one row.
 */
final class LinkWriter {

	/** The tables of links between a unit and a person, with the name of their flag column. */
	enum Table {

		MEMBERSHIP("membership", "is_primary"), MANAGER("unit_manager", "deputy");

		private final String name;

		private final String flag;

		Table(String name, String flag) {
			this.name = name;
			this.flag = flag;
		}
	}

	private static final String UNNEST = "unnest(cast(:units as uuid[]), cast(:people as uuid[]), "
			+ "cast(:flags as boolean[])) as t (unit_id, person_id, flag)";

	private final DatabaseClient database;

	LinkWriter(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> write(Table table, LinkDiff links) {
		String remove = "delete from " + table.name + " l using " + UNNEST
				+ " where l.unit_id = t.unit_id and l.person_id = t.person_id";
		String add = "insert into " + table.name + " (unit_id, person_id, " + table.flag + ") select * from " + UNNEST;
		String reflag = "update " + table.name + " l set " + table.flag + " = t.flag from " + UNNEST
				+ " where l.unit_id = t.unit_id and l.person_id = t.person_id";
		return Batch.run(this.database, links.removed(), remove, (spec) -> bind(spec, links.removed()))
			.then(Batch.run(this.database, links.added(), add, (spec) -> bind(spec, links.added())))
			.then(Batch.run(this.database, links.flagChanges(), reflag, (spec) -> bind(spec, links.flagChanges())));
	}

	private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec,
			java.util.List<Link> links) {
		return spec.bind("units", Batch.uuids(links, Link::unitId))
			.bind("people", Batch.uuids(links, Link::personId))
			.bind("flags", Batch.flags(links, Link::flag));
	}
}
