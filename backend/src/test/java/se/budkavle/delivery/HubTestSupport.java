package se.budkavle.delivery;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.Organisation;
import se.budkavle.org.TestDirectory;
import se.budkavle.platform.jobs.MutableClock;

/**
 * The one application context of the delivery and acknowledgement tests: the running hub on its own database with
 * the demo organisation (plus Hemtjänst Nord, a communicator and HR; two people with phone numbers), a clock the tests move, test channels and a real
 * SMTP server (GreenMail) the {@code email} channel sends to, a stand-in SMS gateway for crisis texts, and Web Push
 * switched on with a fixed key (each test's fake push service holds the subscriptions it makes).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=budkavle-ack-tests", "budkavle.delivery.max-attempts=3",
				"budkavle.delivery.initial-backoff=1m", "budkavle.delivery.hub-url=https://hub.test",
				"budkavle.delivery.mail-from=budkavle@hub.test",
				// links lead to the intranet page that embeds the widgets; questions keep the default (the hub's page)
				"budkavle.delivery.links.post=" + HubTestSupport.POST_LINK,
				"budkavle.delivery.links.crisis=" + HubTestSupport.CRISIS_LINK,
				// Scheduling is off in tests (budkavle.jobs.enabled=false, and Spring Modulith's Moments are off in
				// application.yml); the long intervals are a second guard that no job runs between the steps of a
				// test, which runs the jobs itself
				"budkavle.delivery.dispatch-interval=1h", "budkavle.acknowledgement.reminder-check=1h",
				"budkavle.news.publication-interval=1h",
				// long enough that the acknowledgements of one test step are announced together
				"budkavle.acknowledgement.progress-interval=3s" })
@AutoConfigureWebTestClient
@Import(HubTestSupport.Beans.class)
public abstract class HubTestSupport {

	/** Now, to the second: demo tokens are issued at the test clock's time and checked against the real one. */
	public static final Instant START = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	protected static final GreenMail SMTP = smtp();

	/** The link template of posts in these tests. */
	public static final String POST_LINK = "https://intranet.test/nyheter?budkavle-post={id}";

	/** The link template of crisis messages in these tests. */
	public static final String CRISIS_LINK = "https://intranet.test/kris?budkavle-crisis={id}";

	/** The hub's Web Push (VAPID) public key in these tests. */
	public static final String VAPID_PUBLIC_KEY = "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";

	static final String VAPID_PRIVATE_KEY = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";

	@Autowired
	protected WebTestClient client;

	@Autowired
	protected DatabaseClient database;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected DirectoryImports imports;

	@Autowired
	protected Organisation organisation;

	@Autowired
	DemoTokens tokens;

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		registry.add("budkavle.crisis.sms.url", se.budkavle.crisis.FakeSmsGateway.SHARED::url);
		registry.add("budkavle.crisis.sms.username", () -> "hub");
		registry.add("budkavle.crisis.sms.password", () -> "secret");
		registry.add("budkavle.crisis.sms.timeout", () -> "2s");
		// Web Push with a fixed application server key (RFC 8291 Appendix A's), so the fake push service knows it
		registry.add("budkavle.delivery.web-push.enabled", () -> "true");
		registry.add("budkavle.delivery.web-push.subject", () -> "mailto:budkavle@hub.test");
		registry.add("budkavle.delivery.web-push.public-key", () -> VAPID_PUBLIC_KEY);
		registry.add("budkavle.delivery.web-push.private-key", () -> VAPID_PRIVATE_KEY);
	}

	@BeforeEach
	void demoOrganisation() {
		this.clock.set(START);
		this.imports.applyFile(directory().toString(), "test", null).block();
	}

	/** The demo organisation of the org tests with Hemtjänst Nord, a communicator and HR added. */
	public static TestDirectory directory() {
		return TestDirectory.demo()
			.unit("hsf-aldre-hemtjanst-nord", "Hemtjänst Nord", "UNIT", "hsf-aldre")
			.person("demo-nord-manager", "Nils Norrman", "Enhetschef", "hsf-aldre-hemtjanst-nord")
			.person("demo-nord-worker", "Nadia Nord", "Undersköterska", "hsf-aldre-hemtjanst-nord")
			.person("demo-communicator", "Lena Sjöberg", "Kommunikatör", "hsf-adm")
			.person("demo-hr", "Peter Wikström", "HR-specialist", "hsf-adm")
			.manager("hsf-aldre-hemtjanst-nord", "demo-nord-manager", false)
			.withPhone("demo-employee", "070-174 06 05")
			.withPhone("demo-colleague", "+46 70 174 06 06");
	}

	/** A person's id by persona key ({@code employee}, {@code enhet-manager}…). */
	protected UUID person(String key) {
		return this.organisation.personByExternalId("demo-" + key).block().id();
	}

	protected UUID unit(String externalId) {
		return this.database.sql("select id from unit where external_id = :id")
			.bind("id", externalId)
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
	}

	/** A client signed in as the persona, with the given organisation-wide roles. */
	protected WebTestClient as(String key, Role... roles) {
		var person = this.organisation.personByExternalId("demo-" + key).block();
		String token = this.tokens.issue(person, Set.of(roles)).accessToken();
		return this.client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
	}

	private static GreenMail smtp() {
		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		return smtp;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(START);
		}

		@Bean
		TestChannel flaky() {
			return new TestChannel("flaky", true, false);
		}

		@Bean
		TestChannel off() {
			return new TestChannel("off", false, false);
		}

		@Bean
		TestChannel teams() {
			return new TestChannel("teams", true, true);
		}
	}
}
