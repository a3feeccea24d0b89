package se.budkavle.questions;

/**
 * Who sees a question: the asker and its recipients only, or the whole unit as a Q&A.
 */
enum Visibility {
	PRIVATE, UNIT
}
