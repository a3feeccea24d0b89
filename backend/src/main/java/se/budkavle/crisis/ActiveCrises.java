package se.budkavle.crisis;

import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;

/**
 * The crises that concern a person and have had no all-clear: what the banner shows, with the person's own answer
 * and the latest update.
 */
@Component
class ActiveCrises {

	private static final String ACTIVE = """
			select c.id, c.title, c.body, c.severity, c.confirmation, c.exercise, c.sent_at,
			       r.status, r.answered_at, u.body as latest_update, u.created_at as updated_at
			from crisis_recipient r
			join crisis c on c.id = r.crisis_id and c.all_clear_at is null
			left join lateral (select body, created_at from crisis_update
			                   where crisis_id = c.id order by created_at desc, id limit 1) u on true
			where r.person_id = :personId
			order by c.sent_at desc, c.id""";

	private final DatabaseClient database;

	ActiveCrises(DatabaseClient database) {
		this.database = database;
	}

	Flux<Active> of(UUID personId) {
		return this.database.sql(ACTIVE).bind("personId", personId).mapProperties(Active.class).all();
	}

	/** An active crisis as the banner shows it; {@code status} is the person's latest answer, or {@code null}. */
	record Active(UUID id, String title, String body, String severity, String confirmation, boolean exercise,
			Instant sentAt, String status, Instant answeredAt, String latestUpdate, Instant updatedAt) {
	}
}
