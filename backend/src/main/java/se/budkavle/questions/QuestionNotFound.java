package se.budkavle.questions;

/**
 * No question the viewer may see has this id or follow-up key; a wrong key and a missing question look the same.
 */
class QuestionNotFound extends RuntimeException {

	QuestionNotFound() {
		super("There is no such question, or you may not see it.");
	}
}
