package se.budkavle.reach;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Role;
import se.budkavle.identity.RoleScope;
import se.budkavle.identity.Viewer;
import se.budkavle.org.Organisation;

/**
 * Which units a viewer may see figures for: HR and communicators the whole organisation, or the subtrees their role
 * is scoped to; managers (deputies included) the subtrees they lead; nobody else anything.
 */
@Component
class ReachScope {

	private final Organisation organisation;

	private final DatabaseClient database;

	ReachScope(Organisation organisation, DatabaseClient database) {
		this.organisation = organisation;
		this.database = database;
	}

	boolean seesEverything(Viewer viewer) {
		return roleScope(viewer).whole();
	}

	private static RoleScope roleScope(Viewer viewer) {
		return viewer.scope(Role.HR, Role.COMMUNICATOR);
	}

	/**
	 * The unit asked for, or the viewer's natural starting point: the top of the organisation for HR and
	 * communicators of the whole organisation, otherwise the highest unit their role is scoped to or they lead.
	 * @param viewer who asks
	 * @param unitId the unit asked for, or null
	 * @return the unit, or an error when the viewer may not see it
	 */
	Mono<UUID> unit(Viewer viewer, UUID unitId) {
		if (unitId == null) {
			return seesEverything(viewer) ? top() : highestLed(viewer);
		}
		Mono<UUID> existing = this.database.sql("select id from org_unit where id = :id")
			.bind("id", unitId)
			.map((row) -> row.get(0, UUID.class))
			.one()
			.switchIfEmpty(Mono.defer(() -> seesEverything(viewer)
					? Mono.error(ReachNotFound.unit(unitId))
					: Mono.error(forbidden())));
		if (seesEverything(viewer)) {
			return existing;
		}
		return existing
			.filterWhen((id) -> roleScope(viewer).covers(id) ? Mono.just(true)
					: this.organisation.manages(viewer.personId(), id))
			.switchIfEmpty(Mono.error(forbidden()));
	}

	private Mono<UUID> top() {
		return this.database.sql("select id from org_unit where parent_id is null and active order by name, id limit 1")
			.map((row) -> row.get(0, UUID.class))
			.one()
			.switchIfEmpty(Mono.error(() -> ReachNotFound.emptyOrganisation()));
	}

	private Mono<UUID> highestLed(Viewer viewer) {
		return this.database.sql("""
				select s.unit_id
				from (select um.unit_id from org_unit_manager um where um.person_id = :personId
				      union select unnest(:roots)) s
				join org_unit_subtree c on c.descendant_id = s.unit_id
				group by s.unit_id
				order by max(c.depth), s.unit_id
				limit 1""")
			.bind("personId", viewer.personId())
			.bind("roots", roleScope(viewer).roots().toArray(UUID[]::new))
			.map((row) -> row.get(0, UUID.class))
			.one()
			.switchIfEmpty(Mono.error(forbidden()));
	}

	private static ReachForbidden forbidden() {
		return new ReachForbidden(
				"Reach figures are for HR and communicators (within their scope) and the managers of a unit.");
	}
}
