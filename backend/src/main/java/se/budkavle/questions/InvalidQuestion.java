package se.budkavle.questions;

import java.util.List;
import java.util.Map;

/**
 * A question, answer or forward whose text is empty or too long, listed field by field.
 */
class InvalidQuestion extends RuntimeException {

	private final List<Map<String, String>> errors;

	private final boolean query;

	InvalidQuestion(List<Map<String, String>> errors) {
		this(errors, false);
	}

	/**
	 * @param errors the fields and what is wrong with each
	 * @param query whether the fields are query parameters (a bad request) rather than content (unprocessable)
	 */
	InvalidQuestion(List<Map<String, String>> errors, boolean query) {
		super("Some fields are missing or not valid; each is listed in errors.");
		this.errors = List.copyOf(errors);
		this.query = query;
	}

	boolean query() {
		return this.query;
	}

	List<Map<String, String>> errors() {
		return this.errors;
	}
}
