package se.budkavle.delivery.webpush;

/** Raised when someone subscribes or asks for the key while the {@code web-push} channel is switched off. */
class WebPushOff extends RuntimeException {

	WebPushOff() {
		super("Web Push is not switched on in this hub");
	}
}
