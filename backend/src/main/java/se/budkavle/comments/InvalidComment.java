package se.budkavle.comments;

/** A field of a comment request is not valid; named so the client can point at it. */
class InvalidComment extends RuntimeException {

	private final String field;

	InvalidComment(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return this.field;
	}
}
