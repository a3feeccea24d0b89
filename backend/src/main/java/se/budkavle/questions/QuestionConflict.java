package se.budkavle.questions;

/**
 * The question is not in a state that allows this (closed, not a unit question, nobody above to forward to).
 */
class QuestionConflict extends RuntimeException {

	private final String type;

	QuestionConflict(String type, String message) {
		super(message);
		this.type = type;
	}

	String type() {
		return this.type;
	}
}
