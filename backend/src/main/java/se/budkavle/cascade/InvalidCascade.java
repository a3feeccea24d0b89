package se.budkavle.cascade;

import java.util.List;

/** A cascade, relay or question request breaks a rule; nothing is written. */
class InvalidCascade extends RuntimeException {

	private final List<FieldError> errors;

	InvalidCascade(List<FieldError> errors) {
		super("The request is not valid; each problem is listed in errors.");
		this.errors = List.copyOf(errors);
	}

	static InvalidCascade of(String field, String message) {
		return new InvalidCascade(List.of(new FieldError(field, message)));
	}

	List<FieldError> errors() {
		return this.errors;
	}

	/** One field in error. */
	record FieldError(String field, String message) {
	}
}
