package se.budkavle.identity;

import org.springframework.security.core.AuthenticationException;

/**
 * Raised when a valid token names nobody active in the organisation: the caller is who they say, but not one of us.
 */
class UnknownPerson extends AuthenticationException {

	UnknownPerson(String claim) {
		super("The token's " + claim + " claim matches no active person in the organisation");
	}
}
