package se.budkavle.identity;

/**
 * Raised when someone who does not administer a scope tries to see or change the roles in it.
 */
public class RoleGrantForbidden extends RuntimeException {

	RoleGrantForbidden(String message) {
		super(message);
	}
}
