package se.budkavle.m365;

/**
 * Microsoft 365 is switched off ({@code budkavle.m365.enabled} is false) or has no tenant (Teams webhooks only), so
 * there is no Graph to sync with.
 */
class M365NotConfigured extends RuntimeException {

	M365NotConfigured() {
		super("Microsoft 365 is not configured: set budkavle.m365.enabled=true with a tenant id, client "
				+ "id and secret or certificate.");
	}
}
