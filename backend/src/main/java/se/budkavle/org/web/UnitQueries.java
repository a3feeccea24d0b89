package se.budkavle.org.web;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.org.UnitRef;

/**
 * Reads a unit with its surroundings for the API, in four small indexed queries.
 */
@Component
class UnitQueries {

	private static final String UNIT = """
			select u.id, u.external_id, u.name, u.kind, u.active, p.id as parent_id, p.name as parent_name
			from unit u left join unit p on p.id = u.parent_id where u.id = :id""";

	private static final String CHILDREN = """
			select id, name, kind from unit where parent_id = :id and active order by name, id""";

	private static final String MANAGERS = """
			select p.id, p.display_name, p.job_title, um.deputy from unit_manager um join person p on p.id = um.person_id
			where um.unit_id = :id and p.active order by um.deputy, p.display_name, p.id""";

	private static final String HEADCOUNT = """
			select count(*) from subtree_member where ancestor_id = :id""";

	private final DatabaseClient database;

	UnitQueries(DatabaseClient database) {
		this.database = database;
	}

	Mono<UnitView> unit(UUID id) {
		Mono<UnitView> unit = this.database.sql(UNIT).bind("id", id).map((row) -> {
			UUID parentId = row.get("parent_id", UUID.class);
			return new UnitView(id, row.get("external_id", String.class), row.get("name", String.class),
					row.get("kind", String.class), Boolean.TRUE.equals(row.get("active", Boolean.class)),
					(parentId != null) ? new UnitRef(parentId, row.get("parent_name", String.class)) : null, null,
					null, 0);
		}).one();
		var children = this.database.sql(CHILDREN)
			.bind("id", id)
			.map((row) -> new UnitView.Child(row.get("id", UUID.class), row.get("name", String.class),
					row.get("kind", String.class)))
			.all()
			.collectList();
		var managers = this.database.sql(MANAGERS)
			.bind("id", id)
			.map((row) -> new UnitView.Manager(row.get("id", UUID.class), row.get("display_name", String.class),
					row.get("job_title", String.class), Boolean.TRUE.equals(row.get("deputy", Boolean.class))))
			.all()
			.collectList();
		var headcount = this.database.sql(HEADCOUNT).bind("id", id).map((row) -> row.get(0, Long.class)).one();
		return unit.flatMap((found) -> Mono.zip(children, managers, headcount)
			.map((more) -> new UnitView(found.id(), found.externalId(), found.name(), found.kind(), found.active(),
					found.parent(), more.getT1(), more.getT2(), more.getT3())));
	}
}
