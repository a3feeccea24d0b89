package se.budkavle.live;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import se.budkavle.records.RetentionStatement;

/**
 * Retention of the live event log: events stored before the cutoff are deleted. They are announcements of changes
 * kept for replay after a reconnect, not records; legal holds do not apply to them.
 */
@Component
class EventRetention extends RetentionStatement {

	/** Deletes the events due; the benchmark runs the same SQL. */
	static final String DELETE = """
			with gone as (
			    delete from event where created_at < :cutoff returning 1
			)
			select count(*) from gone""";

	EventRetention(DatabaseClient database) {
		super(LIVE_EVENTS, database, DELETE);
	}
}
