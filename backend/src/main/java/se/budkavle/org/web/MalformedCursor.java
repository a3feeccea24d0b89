package se.budkavle.org.web;

/**
 * Raised when a members cursor decodes but does not hold a name and a person id.
 */
class MalformedCursor extends RuntimeException {

	MalformedCursor(String token) {
		super("The cursor '" + token + "' is not valid");
	}
}
