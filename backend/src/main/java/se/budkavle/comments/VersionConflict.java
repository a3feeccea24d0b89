package se.budkavle.comments;

/** The comment changed since the client read it ({@code If-Match}). */
class VersionConflict extends RuntimeException {

	VersionConflict(int expected, int actual) {
		super("The comment is at version " + actual + ", not " + expected + "; read it again.");
	}
}
