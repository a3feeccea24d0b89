package se.budkavle.delivery.webpush;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.budkavle.delivery.HubTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscribing a browser: the hub's key to subscribe with, a subscription stored once however often it is sent and
 * renewed each time, removed by its owner only, and subscriptions the hub could never send to refused as 400 problems writing nothing.
 */
class PushSubscriptionApiTests extends HubTestSupport {

	final String endpoint = "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID();

	final TestBrowser browser = TestBrowser.create();

	@AfterEach
	void forget() {
		this.database.sql("delete from web_push_subscription where endpoint = :e").bind("e", this.endpoint).then().block();
	}

	@Test
	void theKeyIsTheHubsApplicationServerKey() {
		as("employee").get().uri("/api/v1/push-subscriptions/key").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.publicKey").isEqualTo(VAPID_PUBLIC_KEY);
	}

	@Test
	void aSubscriptionIsStoredOnceForItsPersonAndRemovedByThemOnly() {
		for (int i = 0; i < 2; i++) {
			as("employee").post().uri("/api/v1/push-subscriptions").bodyValue(subscription(this.endpoint,
					this.browser.p256dh(), this.browser.authSecret())).exchange().expectStatus().isNoContent();
		}
		assertThat(owners()).isEqualTo(1);
		as("colleague").delete().uri((b) -> b.path("/api/v1/push-subscriptions").queryParam("endpoint", "{e}")
			.build(this.endpoint)).exchange().expectStatus().isNoContent();
		assertThat(owners()).as("someone else's subscription is not theirs to remove").isEqualTo(1);
		as("employee").delete().uri((b) -> b.path("/api/v1/push-subscriptions").queryParam("endpoint", "{e}")
			.build(this.endpoint)).exchange().expectStatus().isNoContent();
		assertThat(owners()).isZero();
	}

	@Test
	void subscribingAgainRenewsTheSubscriptionAndKeepsWhenItWasMade() {
		Instant made = this.clock.instant().minus(Duration.ofDays(100));
		this.database.sql(PushSubscriptions.SAVE)
			.bind("person", person("employee"))
			.bind("endpoint", this.endpoint)
			.bind("p256dh", this.browser.p256dh())
			.bind("auth", this.browser.authSecret())
			.bind("now", made)
			.then()
			.block();

		as("employee").post().uri("/api/v1/push-subscriptions").bodyValue(subscription(this.endpoint,
				this.browser.p256dh(), this.browser.authSecret())).exchange().expectStatus().isNoContent();

		java.util.List<Instant> times = this.database
			.sql("select created_at, renewed_at from web_push_subscription where endpoint = :e")
			.bind("e", this.endpoint)
			.map((row) -> java.util.List.of(row.get(0, Instant.class), row.get(1, Instant.class)))
			.one()
			.block();
		assertThat(times).containsExactly(made, this.clock.instant());
	}

	@Test
	void subscriptionsTheHubCouldNeverSendToAreRefused() {
		byte[] offCurve = P256.fromBase64Url(this.browser.p256dh());
		offCurve[64] ^= 1;
		refused(subscription(this.endpoint.replace("https:", "http:"), this.browser.p256dh(),
				this.browser.authSecret()), "endpoint");
		refused(subscription("https:relative", this.browser.p256dh(), this.browser.authSecret()), "endpoint");
		// Not a push service: the hub would send its requests wherever the person pointed it, also inside the intranet.
		refused(subscription("https://intranet.stad.se/admin/reset", this.browser.p256dh(), this.browser.authSecret()),
				"endpoint");
		refused(subscription("https://fcm.googleapis.com.evil.test/x", this.browser.p256dh(),
				this.browser.authSecret()), "endpoint");
		refused(subscription(this.endpoint, P256.base64Url(offCurve), this.browser.authSecret()), "keys.p256dh");
		refused(subscription(this.endpoint, "not base64!", this.browser.authSecret()), "keys.p256dh");
		refused(subscription(this.endpoint, this.browser.p256dh(), P256.base64Url(new byte[15])), "keys.auth");
		assertThat(owners()).isZero();
	}

	private void refused(Map<String, Object> subscription, String field) {
		as("employee").post().uri("/api/v1/push-subscriptions").bodyValue(subscription).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-push-subscription")
			.jsonPath("$.errors[0].field").isEqualTo(field);
	}

	private long owners() {
		return this.database.sql("select count(*) from web_push_subscription where endpoint = :e and person_id = :p")
			.bind("e", this.endpoint)
			.bind("p", person("employee"))
			.mapValue(Long.class)
			.one()
			.block();
	}

	private static Map<String, Object> subscription(String endpoint, String p256dh, String auth) {
		return Map.of("endpoint", endpoint, "keys", Map.of("p256dh", p256dh, "auth", auth));
	}
}
