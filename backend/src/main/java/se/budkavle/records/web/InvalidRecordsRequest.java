package se.budkavle.records.web;

/** Raised when a records request names something the hub cannot use; answered as 400 naming the field. */
class InvalidRecordsRequest extends RuntimeException {

	private final String field;

	InvalidRecordsRequest(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return this.field;
	}
}
