package se.budkavle.cascade;

import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Role;
import se.budkavle.identity.RoleScope;
import se.budkavle.identity.Viewer;

/**
 * Who is in a cascade, decided from the org model and the cascade's own history: its sender, communicators, HR and
 * admins whose role covers a target, and the managers of a reached unit (those responsible when it opened, those who
 * carry it, and those who lead it or a unit above it now). Everyone else is told there is no such cascade.
 */
@Component
class Participation {

	/** Whether {@code :personId} relays for the unit {@code cu}: responsible when it opened, carrying it, or leading it now. */
	static final String RELAYS_FOR = """
			coalesce(cu.manager_id = :personId or cu.carrier_id = :personId
			 or exists (select 1 from org_unit_manager um where um.unit_id = cu.unit_id and um.person_id = :personId),
			 false)""";

	/** Whether {@code :personId} may relay for an overdue unit {@code cu} directly below a unit they relay for. */
	static final String RELAYS_ON_BEHALF = """
			coalesce(cu.relayed_at is null and cu.deadline < :now and exists (
			    select 1 from cascade_unit up where up.cascade_id = cu.cascade_id and up.unit_id = cu.parent_id
			    and (up.manager_id = :personId or up.carrier_id = :personId
			         or exists (select 1 from org_unit_manager um
			                    where um.unit_id = up.unit_id and um.person_id = :personId))), false)""";

	static final String IN_CASCADE = """
			(c.sender_id = :personId
			 or :roleWhole or exists (select 1 from cascade_target t where t.cascade_id = c.id and t.unit_id = any(:roleUnits))
			 or exists (select 1 from cascade_unit cu where cu.cascade_id = c.id and cu.reached_at is not null
			            and (cu.manager_id = :personId or cu.carrier_id = :personId or exists (
			                select 1 from org_unit_subtree s join org_unit_manager um on um.unit_id = s.ancestor_id
			                where s.descendant_id = cu.unit_id and um.person_id = :personId))))""";

	private static final String CASCADE = """
			select c.id, c.sender_id, c.sender_name, c.title, c.mode, c.level_deadline, c.deadline, c.sent_at
			from cascade c where c.id = :id and\s""" + IN_CASCADE;

	private final DatabaseClient database;

	Participation(DatabaseClient database) {
		this.database = database;
	}

	/** Binds {@code :personId}, {@code :roleWhole} and {@code :roleUnits} of {@link #IN_CASCADE}. */
	static DatabaseClient.GenericExecuteSpec bindViewer(DatabaseClient.GenericExecuteSpec spec, Viewer viewer) {
		RoleScope roles = viewer.scope(Role.COMMUNICATOR, Role.HR, Role.ADMIN);
		return spec.bind("personId", viewer.personId())
			.bind("roleWhole", roles.whole())
			.bind("roleUnits", roles.unitArray());
	}

	/** The cascade if the viewer is in it, else {@link CascadeNotFound}. */
	Mono<Sent> cascade(UUID id, Viewer viewer) {
		return bindViewer(this.database.sql(CASCADE).bind("id", id), viewer)
			.mapProperties(Sent.class)
			.one()
			.switchIfEmpty(Mono.error(() -> new CascadeNotFound(id)));
	}

	/**
	 * A cascade's header as stored.
	 *
	 * @param id the cascade
	 * @param senderId who sent it
	 * @param senderName their name then
	 * @param title its title
	 * @param mode how it goes down
	 * @param levelDeadline working days per level, or null
	 * @param deadline the overall deadline, or null
	 * @param sentAt when it was sent
	 */
	record Sent(UUID id, UUID senderId, String senderName, String title, String mode, Integer levelDeadline,
			Instant deadline, Instant sentAt) {

		boolean sentBy(Viewer viewer) {
			return this.senderId.equals(viewer.personId());
		}

		boolean levelByLevel() {
			return Mode.LEVEL_BY_LEVEL.name().equals(this.mode);
		}
	}
}
