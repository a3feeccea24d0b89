package se.budkavle.identity;

import org.springframework.security.core.AuthenticationException;

/**
 * Raised when the person claim is the e-mail address but the token does not say the address was verified: anyone
 * could otherwise register the address of a colleague at a lax identity provider and act as them.
 */
class EmailNotVerified extends AuthenticationException {

	EmailNotVerified() {
		super("The token's email claim is not verified (email_verified is not true), so it cannot name a person");
	}
}
