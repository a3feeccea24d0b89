package se.budkavle.questions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The times recorded for an anonymous question (asked, answered, replied, forwarded, escalated, closed, and the
 * notifications and live events about it) are kept to the hour, so that nobody holding a proxy or access log can
 * match them to one signed-in person's request; named questions keep exact times.
 */
final class AnonymousTimes {

	private AnonymousTimes() {
	}

	/**
	 * The time to record.
	 * @param anonymous whether the question is anonymous
	 * @param exact the exact time
	 * @return the start of the hour for an anonymous question, otherwise the exact time
	 */
	static Instant of(boolean anonymous, Instant exact) {
		return anonymous ? exact.truncatedTo(ChronoUnit.HOURS) : exact;
	}
}
