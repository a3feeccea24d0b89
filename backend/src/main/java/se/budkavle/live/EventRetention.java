package se.budkavle.live;

import java.time.Instant;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.records.RetentionRule;

/**
 * Retention of the live event log: events stored before the cutoff are deleted. They are announcements of changes
 * kept for replay after a reconnect, not records; legal holds do not apply to them.
 */
@Component
class EventRetention implements RetentionRule {

	/** Deletes the events due; the benchmark runs the same SQL. */
	static final String DELETE = """
			with gone as (
			    delete from event where created_at < :cutoff returning 1
			)
			select count(*) from gone""";

	private final DatabaseClient database;

	EventRetention(DatabaseClient database) {
		this.database = database;
	}

	@Override
	public String recordType() {
		return LIVE_EVENTS;
	}

	@Override
	public Mono<Long> apply(Instant cutoff, Instant now) {
		return this.database.sql(DELETE).bind("cutoff", cutoff).map((row) -> row.get(0, Long.class)).one();
	}
}
