package se.budkavle.org.directory;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

/**
 * The organisation as stored, loaded whole in four queries so that a directory can be compared with it in memory.
 *
 * @param units every unit, active or not, by external id
 * @param people every person, active or not, by external id
 * @param memberships every membership (flag: primary unit)
 * @param managers every manager assignment (flag: deputy)
 */
record StoredOrganisation(Map<String, StoredUnit> units, Map<String, StoredPerson> people, List<Link> memberships,
		List<Link> managers) {

	/** A stored unit, or one as it should be stored. */
	record StoredUnit(UUID id, String externalId, String name, String kind, UUID parentId, boolean active) {
	}

	/** A stored person, or one as they should be stored. */
	record StoredPerson(UUID id, String externalId, String displayName, String email, String jobTitle,
			boolean active, String phone) {
	}

	/** A membership or a manager assignment; the flag is the primary unit or the deputy mark. */
	record Link(UUID unitId, UUID personId, boolean flag) {
	}

	static Mono<StoredOrganisation> load(DatabaseClient database) {
		Mono<Map<String, StoredUnit>> units = database
			.sql("select id, external_id, name, kind, parent_id, active from unit")
			.map((row) -> new StoredUnit(row.get("id", UUID.class), row.get("external_id", String.class),
					row.get("name", String.class), row.get("kind", String.class), row.get("parent_id", UUID.class),
					Boolean.TRUE.equals(row.get("active", Boolean.class))))
			.all()
			.collect(Collectors.toMap(StoredUnit::externalId, Function.identity()));
		Mono<Map<String, StoredPerson>> people = database
			.sql("select id, external_id, display_name, email, job_title, active, phone from person")
			.map((row) -> new StoredPerson(row.get("id", UUID.class), row.get("external_id", String.class),
					row.get("display_name", String.class), row.get("email", String.class),
					row.get("job_title", String.class), Boolean.TRUE.equals(row.get("active", Boolean.class)),
					row.get("phone", String.class)))
			.all()
			.collect(Collectors.toMap(StoredPerson::externalId, Function.identity()));
		// One statement after another, never zipped: inside the import's transaction they share one connection, and a
		// PostgreSQL connection under R2DBC must not carry a second statement while the rows of the first stream in
		// (the connection can hang, and with it the next request that borrows it from the pool).
		return units.flatMap((byUnit) -> people.flatMap((byPerson) -> links(database, "membership", "is_primary")
			.flatMap((memberships) -> links(database, "unit_manager", "deputy")
				.map((managers) -> new StoredOrganisation(byUnit, byPerson, memberships, managers)))));
	}

	private static Mono<List<Link>> links(DatabaseClient database, String table, String flag) {
		return database.sql("select unit_id, person_id, " + flag + " from " + table)
			.map((row) -> new Link(row.get("unit_id", UUID.class), row.get("person_id", UUID.class),
					Boolean.TRUE.equals(row.get(flag, Boolean.class))))
			.all()
			.collectList();
	}
}
