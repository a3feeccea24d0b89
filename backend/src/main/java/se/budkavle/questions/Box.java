package se.budkavle.questions;

/**
 * Which questions a list shows: those the viewer must answer, those they asked by name, or their unit's Q&A.
 */
enum Box {
	INBOX, MINE, UNIT
}
