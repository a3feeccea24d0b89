package se.budkavle.delivery;

import java.time.Instant;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.records.RetentionRule;

/**
 * Retention of in-app notifications: those made before the cutoff are deleted with their delivery rows, unless they
 * are about a post on hold.
 */
@Component
class NotificationRetention implements RetentionRule {

	/** Deletes the notifications due and their delivery rows in one statement; the benchmark runs the same SQL. */
	static final String DELETE = """
			with due as (
			    select n.id from notification n
			    where n.created_at < :cutoff
			      and (n.post_id is null or not exists (select 1 from legal_hold_post h where h.post_id = n.post_id))
			), deliveries as (
			    delete from delivery where notification_id in (select id from due)
			), gone as (
			    delete from notification where id in (select id from due) returning 1
			)
			select count(*) from gone""";

	private final DatabaseClient database;

	NotificationRetention(DatabaseClient database) {
		this.database = database;
	}

	@Override
	public String recordType() {
		return NOTIFICATIONS;
	}

	@Override
	public Mono<Long> apply(Instant cutoff, Instant now) {
		return this.database.sql(DELETE).bind("cutoff", cutoff).map((row) -> row.get(0, Long.class)).one();
	}
}
