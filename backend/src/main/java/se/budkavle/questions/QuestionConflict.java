package se.budkavle.questions;

import org.springframework.http.HttpStatus;

/**
 * The question is not in a state that allows this (closed, not a unit question, nobody above to forward to).
 */
class QuestionConflict extends RuntimeException {

	private final Kind kind;

	QuestionConflict(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	Kind kind() {
		return this.kind;
	}

	/**
	 * Why it is not possible, with its problem type; asking with nobody to ask is the request's fault (422), the rest
	 * the question's state (409).
	 */
	enum Kind {

		NO_RECIPIENT("no-recipient", HttpStatus.UNPROCESSABLE_CONTENT),
		NO_ANONYMOUS_RECIPIENT("no-anonymous-recipient", HttpStatus.UNPROCESSABLE_CONTENT),
		NO_MANAGER_ABOVE("no-manager-above", HttpStatus.CONFLICT),
		NOT_A_UNIT_QUESTION("not-a-unit-question", HttpStatus.CONFLICT),
		QUESTION_CLOSED("question-closed", HttpStatus.CONFLICT);

		private final String type;

		private final HttpStatus status;

		Kind(String type, HttpStatus status) {
			this.type = type;
			this.status = status;
		}

		String type() {
			return this.type;
		}

		HttpStatus status() {
			return this.status;
		}
	}
}
