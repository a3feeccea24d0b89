package se.budkavle.delivery.webpush;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

import se.budkavle.delivery.Delivery;
import se.budkavle.delivery.DeliveryChannel;
import se.budkavle.delivery.DeliveryProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code web-push} channel: each notification and announcement that goes out by e-mail also goes to every browser
 * the person subscribed in, encrypted for that browser (RFC 8291) and signed with the hub's key (VAPID, RFC 8292),
 * urgent for crisis messages. A subscription the push service says is gone (404, 410) is removed; any other failure
 * fails the delivery, which the dispatcher retries on this channel's own schedule. The payload carries the delivery's
 * id, which the service worker shows the notification under (its tag), so a retry replaces rather than repeats it.
 */
@Component
class WebPushChannel implements DeliveryChannel {

	static final String NAME = "web-push";

	/** Kept well under the 4,096 bytes a push service takes once encrypted. */
	private static final int MAX_BODY = 1000;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final DeliveryProperties.WebPush settings;

	private final ObjectProvider<VapidKeys> keys;

	private final PushSubscriptions subscriptions;

	private final WebClient client;

	private final Clock clock;

	WebPushChannel(DeliveryProperties properties, ObjectProvider<VapidKeys> keys, PushSubscriptions subscriptions,
			Clock clock) {
		this.settings = properties.webPush();
		this.keys = keys;
		this.subscriptions = subscriptions;
		this.client = WebClient.create();
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean enabled() {
		return this.settings.enabled() && this.keys.getIfAvailable() != null;
	}

	@Override
	public Mono<Void> deliver(Delivery delivery) {
		if (delivery.recipient() == null) {
			return Mono.empty();
		}
		byte[] payload = payload(delivery);
		return this.subscriptions.of(delivery.recipient().id())
			.flatMap((subscription) -> push(subscription, payload, urgency(delivery), delivery))
			.then();
	}

	private Mono<Void> push(PushSubscriptions.Subscription subscription, byte[] payload, String urgency,
			Delivery delivery) {
		URI endpoint = URI.create(subscription.endpoint());
		byte[] body = PushEncryption.encrypt(payload, P256.publicKey(P256.fromBase64Url(subscription.p256dh())),
				P256.fromBase64Url(subscription.auth()));
		return this.client.post()
			.uri(endpoint)
			.header("Authorization", this.keys.getObject().authorization(endpoint, this.clock.instant()))
			.header("TTL", Long.toString(this.settings.ttl().toSeconds()))
			.header("Urgency", urgency)
			.header("Topic", delivery.id().toString().replace("-", ""))
			.header("Content-Encoding", "aes128gcm")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue(body)
			.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode()))
			.flatMap((status) -> outcome(subscription, status));
	}

	private Mono<Void> outcome(PushSubscriptions.Subscription subscription, HttpStatusCode status) {
		if (status.is2xxSuccessful()) {
			return this.subscriptions.used(subscription);
		}
		if (status.value() == 404 || status.value() == 410) {
			return this.subscriptions.gone(subscription);
		}
		return Mono.error(new PushRefused(status.value()));
	}

	/** Crisis messages are {@code high} (a phone wakes for them); everything else {@code normal}. */
	static String urgency(Delivery delivery) {
		boolean crisis = delivery.notification() != null && delivery.notification().kind().startsWith("crisis.");
		return crisis ? "high" : "normal";
	}

	/**
	 * What the service worker ({@code bk-push-sw.js}) shows: title, text, the link to open, the id it is shown under,
	 * and the urgency, for which it keeps a crisis message on screen until the person acts on it.
	 */
	static byte[] payload(Delivery delivery) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("id", delivery.id().toString());
		message.put("urgency", urgency(delivery));
		if (delivery.notification() != null) {
			message.put("kind", delivery.notification().kind());
			message.put("title", delivery.notification().title());
			message.put("body", shortened(delivery.notification().body()));
			message.put("link", delivery.notification().link());
		}
		else {
			message.put("kind", "post.announced");
			message.put("title", delivery.announcement().title());
			message.put("body", shortened(delivery.announcement().excerpt()));
			message.put("link", delivery.announcement().link());
		}
		return json.writeValueAsBytes(message);
	}

	private static String shortened(String text) {
		if (text == null || text.length() <= MAX_BODY) {
			return text;
		}
		return text.substring(0, MAX_BODY - 1) + "…";
	}

	/** The push service did not take the message (not 404/410, which remove the subscription); retried. */
	static class PushRefused extends RuntimeException {

		PushRefused(int status) {
			super("The push service answered " + status);
		}
	}
}
