package se.budkavle.records.retention;

/** Raised when a hold or retention request names something the hub cannot use; answered as 400 naming the field. */
class InvalidRetentionRequest extends RuntimeException {

	private final String field;

	InvalidRetentionRequest(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return this.field;
	}
}
