package se.budkavle.news;

/**
 * Raised when an edit does not say which version it edits (no {@code If-Match}).
 */
class PreconditionRequired extends RuntimeException {

	PreconditionRequired() {
		super("Send If-Match with the version you edit (the ETag of the post)");
	}
}
