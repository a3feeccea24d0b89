package se.budkavle.delivery.webpush;

/** A push subscription the hub cannot send to (not https, keys that are not a P-256 point and a 16-byte secret). */
class SubscriptionRefused extends RuntimeException {

	private final String field;

	SubscriptionRefused(String field, String reason) {
		super(field + " " + reason);
		this.field = field;
	}

	String field() {
		return this.field;
	}
}
