package se.budkavle.delivery.webpush;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import se.budkavle.records.RetentionStatement;

/**
 * Retention of push subscriptions: a browser's subscription not renewed since the cutoff (the widget renews it on each
 * load, so the browser is no longer used or the push service dropped it) is deleted, and so is every subscription of a
 * person no longer active in the organisation, whatever its age. Holds do not apply: a subscription is about a browser,
 * not a post.
 */
@Component
class PushRetention extends RetentionStatement {

	/** Deletes the subscriptions due; the benchmark runs the same SQL. */
	static final String DELETE = """
			with gone as (
			    delete from web_push_subscription s
			    where s.renewed_at < :cutoff
			       or not exists (select 1 from org_person p where p.id = s.person_id and p.active)
			    returning 1
			)
			select count(*) from gone""";

	PushRetention(DatabaseClient database) {
		super(PUSH_SUBSCRIPTIONS, database, DELETE);
	}
}
