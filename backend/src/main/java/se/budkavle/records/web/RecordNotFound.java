package se.budkavle.records.web;

/** Raised when a records request names a package or person the viewer may not read or that does not exist; 404. */
class RecordNotFound extends RuntimeException {

	private final String type;

	RecordNotFound(String type, String message) {
		super(message);
		this.type = type;
	}

	String type() {
		return this.type;
	}
}
