package se.budkavle.comments;

import java.time.Duration;

/** The viewer wrote more comments in the last minute than the rate limit allows. */
class TooManyComments extends RuntimeException {

	private final Duration retryAfter;

	TooManyComments(int limit, Duration retryAfter) {
		super("At most " + limit + " comments a minute; try again in " + retryAfter.toSeconds() + " s.");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return this.retryAfter;
	}
}
