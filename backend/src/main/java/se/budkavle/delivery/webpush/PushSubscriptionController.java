package se.budkavle.delivery.webpush;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import se.budkavle.delivery.DeliveryProperties;
import se.budkavle.identity.Viewers;

/**
 * The signed-in person's browsers for Web Push: the hub's application server key to subscribe with, storing a
 * browser's subscription and removing it. Nobody sees or removes another person's subscriptions.
 */
@RestController
class PushSubscriptionController {

	private final PushSubscriptions subscriptions;

	private final ObjectProvider<VapidKeys> keys;

	private final DeliveryProperties.WebPush settings;

	PushSubscriptionController(PushSubscriptions subscriptions, ObjectProvider<VapidKeys> keys,
			DeliveryProperties properties) {
		this.subscriptions = subscriptions;
		this.keys = keys;
		this.settings = properties.webPush();
	}

	@Operation(operationId = "getPushKey", summary = "Get the hub's Web Push key",
			description = "For any signed-in person: the application server (VAPID) public key, base64url, that a browser "
					+ "subscribes with (PushManager.subscribe's applicationServerKey). Not found when Web Push is off.")
	@GetMapping("/api/v1/push-subscriptions/key")
	Mono<PushKey> key() {
		return Viewers.current().then(Mono.justOrEmpty(this.keys.getIfAvailable()))
			.switchIfEmpty(Mono.error(WebPushOff::new))
			.map((vapid) -> new PushKey(vapid.publicKey()));
	}

	@Operation(operationId = "subscribeToPush", summary = "Get notifications in this browser",
			description = "For any signed-in person, for themselves: stores the browser's push subscription (endpoint and "
					+ "keys, as PushSubscription.toJSON() gives them), so every notification that goes out by e-mail "
					+ "also reaches this browser. The same endpoint again replaces the stored one (also for another "
					+ "person signing in in the same browser). The endpoint must be https, p256dh a P-256 public key "
					+ "and auth 16 bytes, both base64url.")
	@PostMapping("/api/v1/push-subscriptions")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> subscribe(@Valid @RequestBody PushSubscriptionRequest subscription) {
		return Viewers.current().flatMap((viewer) -> Mono.justOrEmpty(this.keys.getIfAvailable())
			.switchIfEmpty(Mono.error(WebPushOff::new))
			.then(Mono.fromRunnable(() -> check(subscription, this.settings)))
			.then(this.subscriptions.save(viewer.personId(), subscription)));
	}

	@Operation(operationId = "unsubscribeFromPush", summary = "Stop notifications in a browser",
			description = "For any signed-in person, for themselves: removes their subscription with this endpoint; "
					+ "removing one that is not there changes nothing.")
	@DeleteMapping("/api/v1/push-subscriptions")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> unsubscribe(@RequestParam String endpoint) {
		return Viewers.current().flatMap((viewer) -> this.subscriptions.remove(viewer.personId(), endpoint)).then();
	}

	/** What the channel needs to reach the browser at all: checked here so a bad one is never stored. */
	static void check(PushSubscriptionRequest subscription, DeliveryProperties.WebPush settings) {
		URI endpoint;
		try {
			endpoint = new URI(subscription.endpoint());
		}
		catch (java.net.URISyntaxException ex) {
			throw new SubscriptionRefused("endpoint", "must be an https URL");
		}
		if (!"https".equalsIgnoreCase(endpoint.getScheme()) || endpoint.getHost() == null
				|| endpoint.getRawUserInfo() != null) {
			throw new SubscriptionRefused("endpoint", "must be an https URL");
		}
		if (!settings.isPushService(endpoint.getHost())) {
			throw new SubscriptionRefused("endpoint",
					"must be at a browser's push service (budkavle.delivery.web-push.push-services)");
		}
		try {
			P256.publicKey(P256.fromBase64Url(subscription.keys().p256dh()));
		}
		catch (IllegalArgumentException ex) {
			throw new SubscriptionRefused("keys.p256dh", "must be a P-256 public key (base64url, 65 bytes)");
		}
		if (authBytes(subscription.keys().auth()) != 16) {
			throw new SubscriptionRefused("keys.auth", "must be 16 bytes, base64url");
		}
	}

	private static int authBytes(String auth) {
		try {
			return P256.fromBase64Url(auth).length;
		}
		catch (IllegalArgumentException ex) {
			return -1;
		}
	}

	/**
	 * The hub's application server key.
	 *
	 * @param publicKey base64url of the uncompressed P-256 point
	 */
	record PushKey(String publicKey) {
	}
}
