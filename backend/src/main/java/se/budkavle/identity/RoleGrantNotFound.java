package se.budkavle.identity;

/**
 * Raised when a grant to withdraw, or the person or unit a grant names, does not exist.
 */
public class RoleGrantNotFound extends RuntimeException {

	private final String type;

	RoleGrantNotFound(String type, String message) {
		super(message);
		this.type = type;
	}

	/** The problem type: {@code role-grant-not-found}, {@code person-not-found} or {@code unit-not-found}. */
	public String type() {
		return this.type;
	}
}
