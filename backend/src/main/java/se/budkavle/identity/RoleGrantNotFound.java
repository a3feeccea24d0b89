package se.budkavle.identity;

import java.util.UUID;

/**
 * Raised when a grant to withdraw, or the person or unit a grant names, does not exist.
 */
public class RoleGrantNotFound extends RuntimeException {

	private final String type;

	private RoleGrantNotFound(String type, String message) {
		super(message);
		this.type = type;
	}

	static RoleGrantNotFound grant() {
		return new RoleGrantNotFound("role-grant-not-found", "No such role is given.");
	}

	static RoleGrantNotFound person(UUID personId) {
		return new RoleGrantNotFound("person-not-found", "There is no active person " + personId + ".");
	}

	static RoleGrantNotFound unit(UUID unitId) {
		return new RoleGrantNotFound("unit-not-found", "There is no unit " + unitId + ".");
	}

	/** The problem type: {@code role-grant-not-found}, {@code person-not-found} or {@code unit-not-found}. */
	public String type() {
		return this.type;
	}
}
