package se.budkavle.questions;

/**
 * The viewer may not do this with the question (or may not ask where they tried to).
 */
class QuestionForbidden extends RuntimeException {

	QuestionForbidden(String message) {
		super(message);
	}
}
