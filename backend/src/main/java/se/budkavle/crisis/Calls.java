package se.budkavle.crisis;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Role;
import se.budkavle.identity.Viewer;
import se.budkavle.platform.Binding;
import se.budkavle.records.Audit;

/**
 * "Reached by phone": a manager of one of the person's units (or above), or the crisis role there, notes that they
 * reached someone the crisis went to. Every mark is kept.
 */
@Component
class Calls {

	private static final String CALL = """
			insert into crisis_call (crisis_id, person_id, called_by, called_at, note)
			select r.crisis_id, r.person_id, :viewerId, :now, :note
			from crisis_recipient r
			where r.crisis_id = :crisisId and r.person_id = :personId
			  and exists (select 1 from subtree_member sm
			              where sm.person_id = r.person_id
			                and (:whole or sm.ancestor_id = any(:crisisUnits)
			                     or sm.ancestor_id in (select um.unit_id from org_unit_manager um
			                                           where um.person_id = :viewerId)))
			returning called_at""";

	private final DatabaseClient database;

	private final Clock clock;

	private final TransactionalOperator transaction;

	private final Audit audit;

	Calls(DatabaseClient database, Clock clock, TransactionalOperator transaction, Audit audit) {
		this.database = database;
		this.clock = clock;
		this.transaction = transaction;
		this.audit = audit;
	}

	Mono<Instant> reached(UUID crisisId, Viewer viewer, CallRequest request) {
		var spec = Binding.nullable(this.database.sql(CALL), "note", request.note(), String.class);
		return this.transaction.transactional(spec
			.bind("crisisId", crisisId)
			.bind("personId", request.personId())
			.bind("viewerId", viewer.personId())
			.bind("whole", viewer.hasRole(Role.CRISIS))
			.bind("crisisUnits", viewer.scope(Role.CRISIS).unitArray())
			.bind("now", this.clock.instant())
			.mapValue(Instant.class)
			.one()
			.switchIfEmpty(Mono.error(() -> new CrisisForbidden(
					"Only the managers of the person's units and the crisis role there mark them reached")))
			.flatMap((at) -> this.audit.record(viewer.personId(), "crisis.reached-by-phone",
					"crisis:" + crisisId + " person:" + request.personId(), null).thenReturn(at)));
	}

	/** The person reached and an optional note. */
	record CallRequest(@jakarta.validation.constraints.NotNull UUID personId,
			@jakarta.validation.constraints.Size(max = 1000) String note) {

		CallRequest {
			note = se.budkavle.platform.Input.text("note", note);
		}
	}
}
