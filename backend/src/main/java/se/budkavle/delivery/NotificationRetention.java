package se.budkavle.delivery;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import se.budkavle.records.RetentionStatement;

/**
 * Retention of in-app notifications: those made before the cutoff are deleted with their delivery rows, unless they
 * are about a post on hold.
 */
@Component
class NotificationRetention extends RetentionStatement {

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

	NotificationRetention(DatabaseClient database) {
		super(NOTIFICATIONS, database, DELETE);
	}
}
