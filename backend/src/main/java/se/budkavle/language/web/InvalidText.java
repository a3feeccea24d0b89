package se.budkavle.language.web;

/**
 * Raised when a readability request cannot be checked: no text, a text over the limit or a language without a word
 * list. Names the offending field, so the editor can show the message next to it.
 */
class InvalidText extends RuntimeException {

	private final String field;

	InvalidText(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return this.field;
	}
}
