package se.budkavle.records;

import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * One retention rule (gallring) a module applies to its own tables: records decides when, with which cutoff, and
 * audits the counts; the owner deletes or reduces with set-based SQL that leaves out every post in the view
 * {@code legal_hold_post} records publishes.
 */
public interface RetentionRule {

	/** Comments, with their versions, reactions, reports and moderations, some time after their post ended. */
	String COMMENTS = "comments";

	/** In-app notifications, with their delivery rows. */
	String NOTIFICATIONS = "notifications";

	/** The live {@code event} table. */
	String LIVE_EVENTS = "live-events";

	/** Delivery rows (the outbox) no longer waiting to be sent. */
	String DELIVERIES = "deliveries";

	/** Personal first reads, reduced to aggregates that keep every reach figure. */
	String READ_RECEIPTS = "read-receipts";

	/** Browsers' Web Push subscriptions not renewed for long, and those of people no longer active. */
	String PUSH_SUBSCRIPTIONS = "push-subscriptions";

	/**
	 * Which record type this rule applies to: one of the names above, which the configuration
	 * {@code budkavle.records.retention.*} gives a period and a decision.
	 */
	String recordType();

	/**
	 * Deletes or reduces what the rule allows, inside the run's transaction.
	 * @param cutoff the moment before which the rule's period has run out (the run's time less the period)
	 * @param now the run's time
	 * @return how many records were deleted or reduced
	 */
	Mono<Long> apply(Instant cutoff, Instant now);
}
