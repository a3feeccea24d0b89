package se.budkavle.delivery.webpush;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.budkavle.platform.Input;

/**
 * A browser's push subscription as {@code PushSubscription.toJSON()} gives it.
 *
 * @param endpoint the push service's URL for this browser (https)
 * @param keys the browser's keys
 */
record PushSubscriptionRequest(@NotBlank @Size(max = 2000) String endpoint, @NotNull @Valid Keys keys) {

	PushSubscriptionRequest {
		endpoint = Input.line("endpoint", endpoint);
	}

	/**
	 * The browser's keys.
	 *
	 * @param p256dh its P-256 public key, base64url of the uncompressed point
	 * @param auth its 16-byte auth secret, base64url
	 */
	record Keys(@NotBlank @Size(max = 200) String p256dh, @NotBlank @Size(max = 100) String auth) {

		Keys {
			p256dh = Input.line("keys.p256dh", p256dh);
			auth = Input.line("keys.auth", auth);
		}
	}
}
