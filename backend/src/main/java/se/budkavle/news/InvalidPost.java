package se.budkavle.news;

import java.util.List;

/**
 * Raised when a post request breaks a rule (length, times, targets); nothing is written.
 */
class InvalidPost extends RuntimeException {

	private final List<FieldError> errors;

	InvalidPost(List<FieldError> errors) {
		super("The post is not valid; each problem is listed in errors.");
		this.errors = List.copyOf(errors);
	}

	List<FieldError> errors() {
		return this.errors;
	}

	/** One field in error. */
	record FieldError(String field, String message) {
	}
}
