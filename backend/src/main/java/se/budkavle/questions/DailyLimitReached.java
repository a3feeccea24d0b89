package se.budkavle.questions;

import java.time.Duration;

/**
 * A person has asked as many questions today as one may.
 */
class DailyLimitReached extends RuntimeException {

	private final Duration retryAfter;

	DailyLimitReached(Duration retryAfter) {
		super("You have asked as many questions today as one may. Try again tomorrow.");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return this.retryAfter;
	}
}
