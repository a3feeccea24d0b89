package se.budkavle.news;

import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Role;
import se.budkavle.identity.Viewer;

/**
 * The units a viewer may post to, in tree order: every unit for communicators and admins of the whole organisation,
 * the subtrees their role is scoped to for the others, the subtrees of the units they lead for managers and deputies,
 * none for anyone else.
 */
@Component
class Targets {

	private static final String SQL = """
			select u.id, u.name, u.kind, u.parent_id, d.depth
			from org_unit u
			join lateral (select max(c.depth) as depth, array_agg(a.name order by c.depth desc) as path
			              from org_unit_subtree c join org_unit a on a.id = c.ancestor_id
			              where c.descendant_id = u.id) d on true
			where u.active
			  and (:everything or u.id = any(:scoped) or exists (select 1 from org_unit_subtree c
			                              join org_unit_manager um on um.unit_id = c.ancestor_id
			                              where c.descendant_id = u.id and um.person_id = :personId))
			order by d.path, u.id""";

	private final DatabaseClient database;

	Targets(DatabaseClient database) {
		this.database = database;
	}

	Mono<List<Target>> of(Viewer viewer) {
		return this.database.sql(SQL)
			.bind("everything", viewer.scope(Role.COMMUNICATOR, Role.ADMIN).whole())
			.bind("scoped", viewer.scope(Role.COMMUNICATOR, Role.ADMIN).unitArray())
			.bind("personId", viewer.personId())
			.map((row) -> new Target(row.get("id", UUID.class), row.get("name", String.class),
					row.get("kind", String.class), row.get("parent_id", UUID.class), row.get("depth", Integer.class)))
			.all()
			.collectList();
	}

	/** A unit the viewer may post to; depth 0 is the whole organisation. */
	record Target(UUID unitId, String name, String kind, UUID parentId, int depth) {
	}
}
