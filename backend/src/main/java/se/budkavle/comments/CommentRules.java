package se.budkavle.comments;

/**
 * What a comment's body and a report's or moderation's reason must be, checked before anything is read or written.
 */
final class CommentRules {

	static final int MAX_BODY = 5000;

	static final int MAX_REASON = 1000;

	private CommentRules() {
	}

	static void requireBody(String body) {
		requireText("body", body, MAX_BODY);
	}

	static void requireReason(String reason) {
		requireText("reason", reason, MAX_REASON);
	}

	private static void requireText(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			throw new InvalidComment(field, "must not be blank");
		}
		if (text.codePointCount(0, text.length()) > max) {
			throw new InvalidComment(field, "must be at most " + max + " characters");
		}
	}
}
