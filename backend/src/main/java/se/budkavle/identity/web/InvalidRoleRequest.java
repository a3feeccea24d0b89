package se.budkavle.identity.web;

/**
 * Raised when a role API request names a role the hub does not know or asks for an impossible page size.
 */
class InvalidRoleRequest extends RuntimeException {

	private final String field;

	InvalidRoleRequest(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return this.field;
	}
}
