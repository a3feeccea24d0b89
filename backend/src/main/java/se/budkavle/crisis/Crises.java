package se.budkavle.crisis;

import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Reads a stored crisis with its targets.
 */
@Component
class Crises {

	private static final String CRISIS = """
			select c.id, c.title, c.severity, c.confirmation, c.exercise, c.sender_id, c.sent_at, c.all_clear_at,
			       array(select t.unit_id from crisis_target t where t.crisis_id = c.id) as targets
			from crisis c where c.id = :id""";

	private final DatabaseClient database;

	Crises(DatabaseClient database) {
		this.database = database;
	}

	/** The crisis, or an error {@link CrisisNotFound}. */
	Mono<Crisis> find(UUID id) {
		return this.database.sql(CRISIS)
			.bind("id", id)
			.map((row) -> new Crisis(row.get("id", UUID.class), row.get("title", String.class),
					Severity.valueOf(row.get("severity", String.class)),
					ConfirmationKind.valueOf(row.get("confirmation", String.class)),
					Boolean.TRUE.equals(row.get("exercise", Boolean.class)), row.get("sender_id", UUID.class),
					row.get("sent_at", java.time.Instant.class), row.get("all_clear_at", java.time.Instant.class),
					List.of(row.get("targets", UUID[].class))))
			.one()
			.switchIfEmpty(Mono.error(() -> new CrisisNotFound(id)));
	}
}
