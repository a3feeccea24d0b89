package se.budkavle.identity;

/**
 * Raised at start-up when demo mode, which lets anyone become anyone, would run under a production profile.
 */
class DemoModeInProduction extends RuntimeException {

	DemoModeInProduction(String profiles) {
		super("Budkavle refuses to start in demo mode (no budkavle.identity.issuer-uri) with the profile(s) "
				+ profiles + " active");
	}
}
