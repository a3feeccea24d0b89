package se.budkavle.delivery.webpush;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import se.budkavle.crisis.CrisisJobs;
import se.budkavle.crisis.FakeSmsGateway;
import se.budkavle.delivery.DeliveryJobs;
import se.budkavle.delivery.HubTestSupport;
import se.budkavle.delivery.Notification;
import se.budkavle.delivery.Notifier;
import se.budkavle.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code web-push} channel against a local push service that checks the VAPID signature and decrypts each message
 * with the test browser's own key: crisis messages reach a subscribed browser once, urgent, ÖVNING for exercises; a
 * subscription the push service says is gone is removed; a push service that is down holds back neither in-app, e-mail
 * nor SMS, and gets the message once when it is back.
 */
class WebPushDeliveryTests extends HubTestSupport {

	static final FakePushService PUSH = new FakePushService(VAPID_PUBLIC_KEY);

	@Autowired
	ApplicationContext context;

	@Autowired
	Notifier notifier;

	String browser;

	@BeforeEach
	void nothingDueAndABrowser() {
		PUSH.back();
		// this class's browsers only; earlier tests in the shared database may leave deliveries due on other channels
		this.database.sql("update delivery set status = 'SENT' where status in ('PENDING', 'FAILED')").then().block();
		this.browser = "b-" + UUID.randomUUID();
	}

	@AfterEach
	void forgetTheBrowsers() {
		this.database.sql("delete from web_push_subscription where endpoint like '%/push/b-%'").then().block();
	}

	@Test
	void aCrisisMessageReachesTheSubscribedPersonsBrowserExactlyOnceDecryptedAndUrgent() {
		subscribe("employee", this.browser);
		String title = "Strömavbrott " + UUID.randomUUID();
		UUID crisis = sendCrisis(title, false);

		drainTheOutbox();
		DeliveryJobs.dispatch(this.context);

		List<FakePushService.Received> got = PUSH.receivedBy(this.browser);
		assertThat(PUSH.refused()).isEmpty();
		assertThat(got).hasSize(1);
		assertThat(got.get(0).payload().get("title").stringValue()).isEqualTo(title);
		assertThat(got.get(0).payload().get("body").stringValue()).isEqualTo("Gå till samlingsplatsen vid entrén.");
		assertThat(got.get(0).payload().get("kind").stringValue()).isEqualTo("crisis.sent");
		assertThat(got.get(0).payload().get("link").stringValue())
			.isEqualTo(CRISIS_LINK.replace("{id}", crisis.toString()));
		assertThat(got.get(0).urgency()).isEqualTo("high");
		assertThat(got.get(0).payload().get("urgency").stringValue()).as("the service worker keeps it on screen")
			.isEqualTo("high");
		assertThat(got.get(0).ttl()).isEqualTo("86400");
	}

	@Test
	void anExercisesPushMessageSaysOvning() {
		subscribe("employee", this.browser);
		String title = "Utrymning " + UUID.randomUUID();
		sendCrisis(title, true);

		drainTheOutbox();

		assertThat(PUSH.receivedBy(this.browser)).singleElement()
			.satisfies((message) -> assertThat(message.payload().get("title").stringValue())
				.isEqualTo("ÖVNING: " + title));
	}

	@Test
	void aSubscriptionThePushServiceSaysIsGoneIsRemoved() {
		subscribe("employee", this.browser);
		PUSH.unsubscribedByTheBrowser(this.browser);
		this.notifier.notify(new Notification(person("employee"), "test", "Ny nyhet", "Text", "/posts/1", null))
			.block();

		drainTheOutbox();

		assertThat(subscriptions(this.browser)).isZero();
		assertThat(PUSH.receivedBy(this.browser)).isEmpty();
		assertThat(this.database.sql("""
				select count(*) from delivery d join notification n on n.id = d.notification_id
				where d.channel = 'web-push' and n.recipient_id = :person and d.status = 'SENT' and n.title = 'Ny nyhet'
				  and d.created_at >= :start""")
			.bind("person", person("employee")).bind("start", this.clock.instant())
			.mapValue(Long.class).one().block()).as("a gone browser is done with, not retried").isPositive();
	}

	@Test
	void aPushServiceThatIsDownDelaysNeitherInAppNorSmsNorEmailAndGetsTheMessageOnceWhenBack() {
		subscribe("employee", this.browser);
		PUSH.down();
		String title = "Vattenläcka " + UUID.randomUUID();
		sendCrisis(title, false);

		as("employee").get().uri("/api/v1/notifications?limit=100").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.items[?(@.title == '" + title + "')]").exists();
		CrisisJobs.sendTexts(this.context);
		assertThat(FakeSmsGateway.SHARED.accepted(title)).isNotEmpty();
		DeliveryJobs.dispatch(this.context);
		assertThat(java.util.Arrays.stream(SMTP.getReceivedMessages()).filter((message) -> subject(message).contains(title)))
			.isNotEmpty();
		assertThat(PUSH.receivedBy(this.browser)).isEmpty();
		assertThat(webPushStatus(title)).isEqualTo("FAILED");

		PUSH.back();
		this.clock.set(this.clock.instant().plus(java.time.Duration.ofMinutes(2)));
		drainTheOutbox();
		DeliveryJobs.dispatch(this.context);

		assertThat(PUSH.receivedBy(this.browser)).hasSize(1);
		assertThat(webPushStatus(title)).isEqualTo("SENT");
	}

	private void subscribe(String key, String name) {
		TestBrowser browser = TestBrowser.create();
		// the fake push service speaks plain http on a local port, which the API refuses (https only), so the
		// subscription is stored the way the API stores it, by PushSubscriptions.SAVE
		this.database.sql(PushSubscriptions.SAVE)
			.bind("person", person(key))
			.bind("endpoint", PUSH.subscribe(name, browser))
			.bind("p256dh", browser.p256dh())
			.bind("auth", browser.authSecret())
			.bind("now", this.clock.instant())
			.then()
			.block();
	}

	private long subscriptions(String name) {
		return this.database.sql("select count(*) from web_push_subscription where endpoint like :end")
			.bind("end", "%/push/" + name)
			.mapValue(Long.class)
			.one()
			.block();
	}

	private String webPushStatus(String title) {
		return this.database.sql("""
				select d.status from delivery d join notification n on n.id = d.notification_id
				where d.channel = 'web-push' and n.title = :title""")
			.bind("title", title)
			.mapValue(String.class)
			.one()
			.block();
	}

	private UUID sendCrisis(String title, boolean exercise) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("body", "Gå till samlingsplatsen vid entrén.");
		body.put("severity", "CRITICAL");
		body.put("confirmation", "RECEIVED");
		body.put("exercise", exercise);
		body.put("targets", List.of(Map.of("unitId", unit("hsf-aldre-hemtjanst-syd"))));
		return UUID.fromString((String) as("director", Role.CRISIS).post().uri("/api/v1/crises").bodyValue(body)
			.exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id"));
	}

	/** Runs the outbox until nothing is due (earlier tests may have left a backlog). */
	private void drainTheOutbox() {
		for (int run = 0; run < 100 && DeliveryJobs.dispatch(this.context) > 0; run++) {
			assertThat(run).as("the outbox drains").isLessThan(99);
		}
	}

	private static String subject(jakarta.mail.internet.MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
