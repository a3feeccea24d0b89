package se.budkavle.identity;

/**
 * Raised at start-up when no token issuer is configured and demo mode is not switched on: the hub could not sign
 * anyone in.
 */
class NoTokenIssuer extends RuntimeException {

	NoTokenIssuer() {
		super("Budkavle refuses to start: no token issuer (budkavle.identity.issuer-uri) and demo mode is not "
				+ "switched on (budkavle.demo.enabled)");
	}
}
