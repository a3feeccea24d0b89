package se.budkavle.news;

/**
 * Raised when a feed cursor decodes but its values were not made by the feed.
 */
class InvalidFeedCursor extends RuntimeException {

	InvalidFeedCursor(String token) {
		super("The cursor '" + token + "' is not valid");
	}
}
