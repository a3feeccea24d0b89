package se.budkavle.records.web;

import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import se.budkavle.identity.RoleScope;

/**
 * Reads the audit trail, newest first: a records officer of a subtree sees the entries about its units, one of the
 * whole organisation every entry.
 */
@Component
class AuditTrail {

	private static final String PAGE = """
			select a.id, a.at, a.actor_id, p.display_name as actor_name, a.action, a.subject, a.unit_id, a.reason
			from audit_entry a left join org_person p on p.id = a.actor_id
			where (:whole or a.unit_id = any(:units))
			  and a.at >= :from and a.at < :to
			  and (cast(:action as text) is null or a.action = :action or a.action like :action || '.%')
			  and (a.at, a.id) < (:afterAt, :afterId)
			order by a.at desc, a.id desc
			limit :limit""";

	private final DatabaseClient database;

	AuditTrail(DatabaseClient database) {
		this.database = database;
	}

	Flux<Entry> page(RoleScope scope, Query query, int limit) {
		var spec = this.database.sql(PAGE);
		spec = (query.action() != null) ? spec.bind("action", query.action()) : spec.bindNull("action", String.class);
		return spec
			.bind("whole", scope.whole())
			.bind("units", scope.unitArray())
			.bind("from", query.from())
			.bind("to", query.to())
			.bind("afterAt", query.afterAt())
			.bind("afterId", query.afterId())
			.bind("limit", limit)
			.map(AuditTrail::entry)
			.all();
	}

	private static Entry entry(Readable row) {
		UUID actorId = row.get("actor_id", UUID.class);
		return new Entry(row.get("id", Long.class), row.get("at", Instant.class),
				(actorId != null) ? new Actor(actorId, row.get("actor_name", String.class)) : null,
				row.get("action", String.class), row.get("subject", String.class), row.get("unit_id", UUID.class),
				row.get("reason", String.class));
	}

	/** What to read: a period, an action (or an area such as {@code comment}) and where the last page ended. */
	record Query(Instant from, Instant to, String action, Instant afterAt, long afterId) {
	}

	/**
	 * One audit entry.
	 *
	 * @param id its place in the trail
	 * @param at when
	 * @param actor who acted, or {@code null} for the hub itself
	 * @param action what was done
	 * @param subject what it was done to
	 * @param unitId the unit the subject belongs to, or {@code null}
	 * @param reason why, or {@code null}
	 */
	record Entry(long id, Instant at, Actor actor, String action, String subject, UUID unitId, String reason) {
	}

	/** The person who acted. */
	record Actor(UUID id, String displayName) {
	}
}
