package se.budkavle.delivery;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import se.budkavle.records.RetentionStatement;

/**
 * Retention of the outbox: delivery rows made before the cutoff that are no longer waiting (sent or given up) are
 * deleted, unless they are about a post on hold.
 */
@Component
class DeliveryRetention extends RetentionStatement {

	/** Deletes the delivery rows due; the benchmark runs the same SQL. */
	static final String DELETE = """
			with gone as (
			    delete from delivery d
			    where d.created_at < :cutoff and d.status in ('SENT', 'GAVE_UP')
			      and (d.post_id is null or not exists (select 1 from legal_hold_post h where h.post_id = d.post_id))
			    returning 1
			)
			select count(*) from gone""";

	DeliveryRetention(DatabaseClient database) {
		super(DELIVERIES, database, DELETE);
	}
}
