package se.budkavle.records.retention;

/** Raised when someone may not place, read or release holds or run retention; answered as 403. */
class RetentionForbidden extends RuntimeException {

	RetentionForbidden(String message) {
		super(message);
	}
}
