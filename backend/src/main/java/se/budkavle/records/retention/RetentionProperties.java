package se.budkavle.records.retention;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import se.budkavle.records.RetentionRule;

/**
 * The retention rules (gallring, {@code budkavle.records.retention}, part of
 * {@link se.budkavle.records.RecordsProperties}), one per record type, each with its period and the retention decision
 * it carries out; the defaults below are the one place they are set (docs/records.md explains them, the chart carries them).
 *
 * @param schedule when the daily run starts, as a cron expression in the hub's time zone (its default is in
 * application.yml, the one place of every job's schedule)
 * @param comments comments (and their versions, reactions, reports, moderations) this long after their post ended
 * @param notifications in-app notifications (and their delivery rows) this long after they were made
 * @param liveEvents rows of the live {@code event} table this long after they were stored
 * @param deliveries delivery rows no longer waiting this long after they were made
 * @param readReceipts personal first reads reduced to counts this long after their post was published
 * @param pushSubscriptions browsers' push subscriptions this long after they were last renewed (those of people no
 * longer active at once)
 */
public record RetentionProperties(String schedule, Rule comments, Rule notifications,
		Rule liveEvents, Rule deliveries, Rule readReceipts, Rule pushSubscriptions) {

	/** The decision the defaults name: an example; each installation sets its own authority's decision. */
	static final String DEFAULT_DECISION = "KF 2026-05-12 §14";

	static final Rule COMMENTS = new Rule(Duration.ofDays(730), DEFAULT_DECISION);

	static final Rule NOTIFICATIONS = new Rule(Duration.ofDays(90), DEFAULT_DECISION);

	static final Rule LIVE_EVENTS = new Rule(Duration.ofDays(30), DEFAULT_DECISION);

	static final Rule DELIVERIES = new Rule(Duration.ofDays(365), DEFAULT_DECISION);

	static final Rule READ_RECEIPTS = new Rule(Duration.ofDays(365), DEFAULT_DECISION);

	static final Rule PUSH_SUBSCRIPTIONS = new Rule(Duration.ofDays(180), DEFAULT_DECISION);

	public RetentionProperties {
		comments = Rule.or(comments, COMMENTS);
		notifications = Rule.or(notifications, NOTIFICATIONS);
		liveEvents = Rule.or(liveEvents, LIVE_EVENTS);
		deliveries = Rule.or(deliveries, DELIVERIES);
		readReceipts = Rule.or(readReceipts, READ_RECEIPTS);
		pushSubscriptions = Rule.or(pushSubscriptions, PUSH_SUBSCRIPTIONS);
	}

	/** The rule of each record type, by the names {@link RetentionRule} gives them, in the order runs apply them. */
	Map<String, Rule> byRecordType() {
		Map<String, Rule> rules = new LinkedHashMap<>();
		rules.put(RetentionRule.COMMENTS, this.comments);
		rules.put(RetentionRule.NOTIFICATIONS, this.notifications);
		rules.put(RetentionRule.LIVE_EVENTS, this.liveEvents);
		rules.put(RetentionRule.DELIVERIES, this.deliveries);
		rules.put(RetentionRule.READ_RECEIPTS, this.readReceipts);
		rules.put(RetentionRule.PUSH_SUBSCRIPTIONS, this.pushSubscriptions);
		return rules;
	}

	/**
	 * One rule.
	 *
	 * @param period how long the records are kept (from the moment the rule counts from)
	 * @param decision the retention decision (gallringsbeslut) the rule carries out, e.g. {@code KF 2026-05-12 §14}
	 */
	record Rule(Duration period, String decision) {

		Rule {
			if (period != null && (period.isNegative() || period.isZero())) {
				throw new IllegalArgumentException("A retention period must be longer than zero, not " + period);
			}
		}

		static Rule or(Rule configured, Rule fallback) {
			if (configured == null) {
				return fallback;
			}
			return new Rule((configured.period() != null) ? configured.period() : fallback.period(),
					(configured.decision() != null && !configured.decision().isBlank()) ? configured.decision()
							: fallback.decision());
		}
	}
}
