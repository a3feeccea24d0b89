package se.budkavle.records;

import java.time.Clock;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The audit trail other modules write to: one append-only row per administrative or moderating action, with who, when,
 * what and why; run inside the caller's transaction, so an action rolled back leaves no entry.
 */
@Service
public class Audit {

	private static final String INSERT = """
			insert into audit_entry (at, actor_id, action, subject, unit_id, reason)
			values (:at, :actor, :action, :subject, :unit, :reason)""";

	private final DatabaseClient database;

	private final Clock clock;

	Audit(DatabaseClient database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	/**
	 * Records an action that concerns no unit in particular.
	 * @see #record(UUID, String, String, UUID, String)
	 */
	public Mono<Void> record(UUID actor, String action, String subject, String reason) {
		return record(actor, action, subject, null, reason);
	}

	/**
	 * Records an action.
	 * @param actor the person who acted, or {@code null} for the hub itself (a schedule, a start-up file)
	 * @param action what was done, as {@code area.verb-ed}: {@code post.withdrawn}, {@code comment.hidden}
	 * @param subject what it was done to, as {@code kind:id}: {@code post:…}, {@code person:… role:hr@…}
	 * @param unitId the unit the subject belongs to, for records officers of a subtree, or {@code null}
	 * @param reason why, as the actor gave it, or {@code null}
	 * @return completes when the entry is written
	 */
	public Mono<Void> record(UUID actor, String action, String subject, UUID unitId, String reason) {
		var spec = this.database.sql(INSERT)
			.bind("at", this.clock.instant())
			.bind("action", action)
			.bind("subject", subject);
		spec = bind(spec, "actor", actor, UUID.class);
		spec = bind(spec, "unit", unitId, UUID.class);
		return bind(spec, "reason", reason, String.class).then();
	}

	private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, String name,
			Object value, Class<?> type) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, type);
	}
}
