package se.budkavle.questions;

/**
 * Where a question's thread stands: waiting for an answer, answered (the asker may reply), or closed by either side.
 */
enum QuestionState {
	OPEN, ANSWERED, CLOSED
}
