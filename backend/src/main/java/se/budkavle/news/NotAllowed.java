package se.budkavle.news;

/**
 * Raised when the viewer may see a post (or post at all) but not do what they asked.
 */
class NotAllowed extends RuntimeException {

	NotAllowed(String detail) {
		super(detail);
	}
}
