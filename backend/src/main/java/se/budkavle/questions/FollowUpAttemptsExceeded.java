package se.budkavle.questions;

import java.time.Duration;

/**
 * Too many wrong follow-up keys in a short time: the next try waits, so keys cannot be guessed one after another.
 */
class FollowUpAttemptsExceeded extends RuntimeException {

	private final Duration retryAfter;

	FollowUpAttemptsExceeded(Duration retryAfter) {
		super("Too many wrong follow-up keys; try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds.");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return this.retryAfter;
	}
}
