package se.budkavle.records;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.Organisation;
import se.budkavle.platform.jobs.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention (gallring) with a moved clock: each rule deletes or reduces exactly what its period allows (a day either
 * side of the edge), nothing under a legal hold on a post or a unit, and reach's figures stay the same once the
 * personal reads are reduced to aggregates; one run at a time across instances, and bad input is a clear problem.
 */
@RecordsTest
class RetentionTests {

	static final Duration DAY = Duration.ofDays(1);

	@Autowired
	DatabaseClient database;

	@Autowired
	WebTestClient client;

	@Autowired
	DemoTokens tokens;

	@Autowired
	Organisation organisation;

	@Autowired
	MutableClock clock;

	RecordsFixture fixture;

	RetentionData data;

	Instant start;

	@BeforeEach
	void theDemoSliceAndTheRealTime(@Autowired DirectoryImports imports) {
		this.fixture = new RecordsFixture(this.client, this.database, this.tokens, this.organisation, imports);
		this.data = new RetentionData(this.database, this.fixture.person("communicator"));
		this.start = this.clock.instant();
	}

	@AfterEach
	void theClockGoesBack() {
		this.clock.set(this.start);
	}

	@Test
	void eachRuleDeletesExactlyWhatItsPeriodAllowsAndNothingOnHold() {
		Instant now = this.clock.instant();
		UUID unit = this.fixture.unit("hsf-forskola-solrosen");
		UUID heldUnit = this.data.unit("Gallring spärrad enhet", this.fixture.unit("hsf"));
		UUID postOver = this.data.post(now.minus(Duration.ofDays(760)), now.minus(Duration.ofDays(731)), unit, false);
		UUID postUnder = this.data.withdrawnPost(now.minus(Duration.ofDays(729)), unit);
		UUID commentOver = this.data.comment(postOver);
		UUID commentUnder = this.data.comment(postUnder);
		UUID notificationOver = this.data.notification(now.minus(Duration.ofDays(91)), null);
		UUID notificationUnder = this.data.notification(now.minus(Duration.ofDays(89)), null);
		long eventOver = this.data.event(now.minus(Duration.ofDays(31)));
		long eventUnder = this.data.event(now.minus(Duration.ofDays(29)));
		UUID deliveryOver = this.data.delivery(now.minus(Duration.ofDays(366)), postUnder, "SENT");
		UUID deliveryUnder = this.data.delivery(now.minus(Duration.ofDays(364)), postUnder, "GAVE_UP");
		UUID deliveryWaiting = this.data.delivery(now.minus(Duration.ofDays(400)), postUnder, "PENDING");
		String pushOver = this.data.pushSubscription(this.fixture.person("communicator"), now.minus(Duration.ofDays(181)));
		UUID readOver = this.data.post(now.minus(Duration.ofDays(366)), null, unit, false);
		UUID readUnder = this.data.post(now.minus(Duration.ofDays(364)), null, unit, false);
		for (UUID post : List.of(readOver, readUnder)) {
			this.data.audience(post, List.of(this.fixture.person("outsider")));
			this.data.read(post, this.fixture.person("outsider"), now.minus(Duration.ofDays(300)));
		}
		UUID held = this.data.post(now.minus(Duration.ofDays(900)), now.minus(Duration.ofDays(800)), unit, false);
		UUID heldComment = this.data.comment(held);
		UUID heldNotification = this.data.notification(now.minus(Duration.ofDays(200)), held);
		UUID heldDelivery = this.data.delivery(now.minus(Duration.ofDays(500)), held, "SENT");
		this.data.audience(held, List.of(this.fixture.person("outsider")));
		this.data.read(held, this.fixture.person("outsider"), now.minus(Duration.ofDays(899)));
		UUID underHeldUnit = this.data.post(now.minus(Duration.ofDays(900)), now.minus(Duration.ofDays(800)), heldUnit,
				false);
		UUID heldUnitComment = this.data.comment(underHeldUnit);
		UUID postHold = hold(Map.of("postId", held, "reason", "Begäran om utlämnande KS 2026/77"));
		UUID unitHold = hold(Map.of("unitId", heldUnit, "reason", "Tvist om enhetens beslut"));

		Map<?, ?> first = run();

		assertThat(this.data.exists("comment", "id", commentOver)).isFalse();
		assertThat(this.data.exists("comment_revision", "comment_id", commentOver)).isFalse();
		assertThat(this.data.exists("comment_reaction", "comment_id", commentOver)).isFalse();
		assertThat(this.data.exists("comment_moderation", "comment_id", commentOver)).isFalse();
		assertThat(this.data.exists("comment", "id", commentUnder)).isTrue();
		assertThat(this.data.exists("notification", "id", notificationOver)).isFalse();
		assertThat(this.data.exists("delivery", "notification_id", notificationOver)).isFalse();
		assertThat(this.data.exists("notification", "id", notificationUnder)).isTrue();
		assertThat(this.data.exists("event", "id", eventOver)).isFalse();
		assertThat(this.data.exists("event", "id", eventUnder)).isTrue();
		assertThat(this.data.exists("delivery", "id", deliveryOver)).isFalse();
		assertThat(this.data.exists("delivery", "id", deliveryUnder)).isTrue();
		assertThat(this.data.exists("delivery", "id", deliveryWaiting)).as("still waiting to be sent").isTrue();
		assertThat(this.data.exists("web_push_subscription", "endpoint", pushOver)).isFalse();
		assertThat(this.data.exists("post_read", "post_id", readOver)).isFalse();
		assertThat(this.data.count("select coalesce(sum(readers), 0) from post_read_tally where post_id = '" + readOver
				+ "'")).isEqualTo(1);
		assertThat(this.data.exists("post_read", "post_id", readUnder)).isTrue();
		assertHeldKept(heldComment, heldNotification, heldDelivery, held, heldUnitComment);
		assertThat(ruleCounts(first)).containsOnlyKeys("comments", "notifications", "live-events", "deliveries",
				"read-receipts", "push-subscriptions");
		assertThat(ruleCounts(first).values()).allSatisfy((erased) -> assertThat(erased).isGreaterThanOrEqualTo(1));

		this.clock.set(now.plus(DAY.multipliedBy(2)));
		run();

		assertThat(this.data.exists("comment", "id", commentUnder)).isFalse();
		assertThat(this.data.exists("notification", "id", notificationUnder)).isFalse();
		assertThat(this.data.exists("event", "id", eventUnder)).isFalse();
		assertThat(this.data.exists("delivery", "id", deliveryUnder)).isFalse();
		assertThat(this.data.exists("delivery", "id", deliveryWaiting)).isTrue();
		assertThat(this.data.exists("post_read", "post_id", readUnder)).isFalse();
		assertHeldKept(heldComment, heldNotification, heldDelivery, held, heldUnitComment);

		release(postHold);
		release(unitHold);
		run();

		assertThat(this.data.exists("comment", "id", heldComment)).isFalse();
		assertThat(this.data.exists("notification", "id", heldNotification)).isFalse();
		assertThat(this.data.exists("delivery", "id", heldDelivery)).isFalse();
		assertThat(this.data.exists("post_read", "post_id", held)).isFalse();
		assertThat(this.data.exists("comment", "id", heldUnitComment)).isFalse();
		assertThat(this.data.count("select count(*) from audit_entry where action in ('hold.placed', 'hold.released')"
				+ " and subject like 'hold:" + postHold + "%'")).isEqualTo(2);
	}

	@Test
	void pushSubscriptionsNotRenewedForTheirPeriodAndThoseOfPeopleWhoLeftAreDeleted() {
		Instant now = this.clock.instant();
		UUID unit = this.data.unit("Gallring webbläsare " + this.data.nonce(), this.fixture.unit("hsf"));
		List<UUID> people = this.data.people(unit, 2);
		UUID stays = people.get(0);
		UUID leaver = people.get(1);
		String over = this.data.pushSubscription(stays, now.minus(Duration.ofDays(181)));
		String under = this.data.pushSubscription(stays, now.minus(Duration.ofDays(179)));
		String renewed = this.data.pushSubscription(stays, now.minus(Duration.ofDays(10)));
		String leaversFresh = this.data.pushSubscription(leaver, now);
		this.data.leaves(leaver);

		Map<?, ?> first = run();

		assertThat(this.data.exists("web_push_subscription", "endpoint", over)).as("not renewed for 181 days").isFalse();
		assertThat(this.data.exists("web_push_subscription", "endpoint", under)).as("not renewed for 179 days").isTrue();
		assertThat(this.data.exists("web_push_subscription", "endpoint", renewed))
			.as("made 410 days ago, renewed 10 days ago").isTrue();
		assertThat(this.data.exists("web_push_subscription", "endpoint", leaversFresh))
			.as("renewed today by a person who has left").isFalse();
		assertThat(ruleCounts(first).get("push-subscriptions")).isGreaterThanOrEqualTo(2);

		this.clock.set(now.plus(DAY.multipliedBy(2)));
		run();

		assertThat(this.data.exists("web_push_subscription", "endpoint", under)).isFalse();
		assertThat(this.data.exists("web_push_subscription", "endpoint", renewed)).isTrue();
	}

	@Test
	void reachFiguresAreTheSameAfterTheReadsAreReducedToAggregates() {
		Instant now = this.clock.instant();
		UUID root = this.fixture.unit("stad");
		UUID administration = this.data.unit("Gallringsförvaltningen " + this.data.nonce(), root);
		UUID big = this.data.unit("Stora enheten", administration);
		UUID middle = this.data.unit("Mellanenheten", administration);
		UUID small = this.data.unit("Lilla enheten", administration);
		List<UUID> people = new java.util.ArrayList<>();
		people.addAll(this.data.people(big, 7));
		people.addAll(this.data.people(middle, 6));
		people.addAll(this.data.people(small, 2));
		Instant published = now.minus(Duration.ofDays(400)).minusMillis(250);
		UUID post = this.data.post(published, null, administration, true);
		this.data.audience(post, people);
		for (int i = 0; i < 12; i++) {
			// two people in the same second, a read 0.7 s before the end of the first hour, the rest minutes apart
			Duration after = (i == 1) ? Duration.ofMinutes(7).plusMillis(300)
					: (i == 2) ? Duration.ofSeconds(3599).plusMillis(700) : Duration.ofMinutes(7L * i + 7).plusMillis(600);
			this.data.read(post, people.get(i), published.plus(after));
			if (i % 3 == 0) {
				this.data.acknowledge(post, people.get(i), published.plus(after).plusSeconds(30));
			}
		}
		this.data.read(post, this.fixture.person("admin"), published.plus(Duration.ofHours(2)));
		List<String> questions = List.of("/api/v1/reach/posts/" + post + "?unitId=" + administration,
				"/api/v1/reach/posts/" + post + "?unitId=" + big, "/api/v1/reach/posts/" + post + "?unitId=" + root,
				"/api/v1/reach/units/" + administration + "?from=" + published.minus(DAY) + "&to=" + published.plus(DAY),
				"/api/v1/reach/units/" + root + "?from=" + published.minus(DAY) + "&to=" + published.plus(DAY),
				"/api/v1/reach/units/" + administration + "/posts?from=" + published.minus(DAY) + "&to="
						+ published.plus(DAY));
		List<String> before = questions.stream().map(this::reach).toList();
		assertThat(before.get(0)).contains("\"readers\":");

		run();

		assertThat(this.data.exists("post_read", "post_id", post)).isFalse();
		assertThat(this.data.count("select sum(readers) from post_read_tally where post_id = '" + post + "'"))
			.isEqualTo(12);
		assertThat(this.data.count("select count(*) from post_read_tally where post_id = '" + post + "'"))
			.as("the two reads of one second are one aggregate").isEqualTo(11);
		assertThat(this.data.exists("acknowledgement", "post_id", post)).as("acknowledgements are kept").isTrue();
		assertThat(questions.stream().map(this::reach).toList()).isEqualTo(before);
	}

	@Test
	void aSecondInstanceDoesNotRunRetentionWhileOneIsRunning(@Value("${spring.flyway.url}") String url,
			@Value("${spring.flyway.user}") String user) throws SQLException {
		long runs = this.data.count("select count(*) from retention_run");
		try (Connection other = DriverManager.getConnection(url, user, "")) {
			other.setAutoCommit(false);
			try (Statement statement = other.createStatement()) {
				statement.execute("select pg_advisory_xact_lock(hashtextextended('budkavle.job.records.retention', 0))");
			}
			admin().post().uri("/api/v1/records/retention-runs").exchange().expectStatus().isEqualTo(409)
				.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody().jsonPath("$.type").value((String type) -> assertThat(type).endsWith("retention-running"));
			assertThat(this.data.count("select count(*) from retention_run")).isEqualTo(runs);
			other.rollback();
		}
		run();
		assertThat(this.data.count("select count(*) from retention_run")).isEqualTo(runs + 1);
	}

	@Test
	void runsAreListedAndAuditedWithTheirCountsPerRule() {
		Map<?, ?> run = run();
		String id = (String) run.get("id");
		this.fixture.as("registrator").get().uri("/api/v1/records/retention-runs").exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items[?(@.id == '" + id + "')].rules[0].recordType").isEqualTo("comments")
			.jsonPath("$.items[?(@.id == '" + id + "')].rules[0].decision").isEqualTo("KF 2026-05-12 §14")
			.jsonPath("$.items[?(@.id == '" + id + "')].rules[0].period").isEqualTo("P730D");
		assertThat(this.data.count("select count(*) from audit_entry where action = 'retention.ran' and subject = "
				+ "'retention-run:" + id + "' and reason like 'comments % (KF 2026-05-12 §14, P730D); notifications %'"
				+ " and actor_id = '" + this.fixture.person("admin") + "'")).isEqualTo(1);
	}

	@Test
	void onlyTheRecordsRoleAndAdminsHoldOnlyAdminsRunAndBadInputIsAClearProblem() {
		UUID unit = this.fixture.unit("hsf-adm");
		this.fixture.as("employee").get().uri("/api/v1/records/holds").exchange().expectStatus().isForbidden();
		this.fixture.as("employee").post().uri("/api/v1/records/holds")
			.bodyValue(Map.of("unitId", unit, "reason", "Nej")).exchange().expectStatus().isForbidden();
		this.fixture.as("registrator").post().uri("/api/v1/records/retention-runs").exchange().expectStatus()
			.isForbidden();
		this.fixture.as("employee").get().uri("/api/v1/records/retention-runs").exchange().expectStatus()
			.isForbidden();
		badHold(Map.of("unitId", unit, "postId", UUID.randomUUID(), "reason", "Båda"), "postId");
		badHold(Map.of("reason", "Ingen"), "postId");
		badHold(Map.of("unitId", unit), "reason");
		badHold(Map.of("unitId", unit, "reason", " "), "reason");
		badHold(Map.of("unitId", UUID.randomUUID(), "reason", "Okänd enhet"), "unitId");
		badHold(Map.of("postId", UUID.randomUUID(), "reason", "Okänd nyhet"), "postId");
		this.fixture.as("registrator").post().uri("/api/v1/records/holds").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"unitId\": \"inte-ett-id\"").exchange().expectStatus().isBadRequest().expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.fixture.as("registrator").post().uri("/api/v1/records/holds/{id}/release", UUID.randomUUID())
			.bodyValue(Map.of("reason", "Finns inte")).exchange().expectStatus().isNotFound().expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

		UUID hold = hold(Map.of("unitId", unit, "reason", "Granskning"));
		this.fixture.as("registrator").get().uri("/api/v1/records/holds").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.items[?(@.id == '" + hold + "')].placedBy.displayName").isEqualTo("Birgitta Holmgren");
		release(hold);
		this.fixture.as("registrator").post().uri("/api/v1/records/holds/{id}/release", hold)
			.bodyValue(Map.of("reason", "Igen")).exchange().expectStatus().isEqualTo(409).expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.fixture.as("registrator").post().uri("/api/v1/records/holds/{id}/release", hold)
			.bodyValue(Map.of()).exchange().expectStatus().isBadRequest();
	}

	private void assertHeldKept(UUID comment, UUID notification, UUID delivery, UUID post, UUID unitComment) {
		assertThat(this.data.exists("comment", "id", comment)).as("held post's comment").isTrue();
		assertThat(this.data.exists("comment_revision", "comment_id", comment)).isTrue();
		assertThat(this.data.exists("notification", "id", notification)).as("held post's notification").isTrue();
		assertThat(this.data.exists("delivery", "id", delivery)).as("held post's delivery").isTrue();
		assertThat(this.data.exists("post_read", "post_id", post)).as("held post's reads").isTrue();
		assertThat(this.data.exists("comment", "id", unitComment)).as("comment under a held unit").isTrue();
	}

	private void badHold(Map<String, ?> body, String field) {
		this.fixture.as("registrator").post().uri("/api/v1/records/holds").bodyValue(body).exchange().expectStatus()
			.isBadRequest().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
			.jsonPath("$.errors[0].field").isEqualTo(field);
	}

	private UUID hold(Map<String, ?> body) {
		String id = this.fixture.as("registrator").post().uri("/api/v1/records/holds").bodyValue(body).exchange()
			.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
		return UUID.fromString(id);
	}

	private void release(UUID hold) {
		signed("demo-registrator", Role.RECORDS).post().uri("/api/v1/records/holds/{id}/release", hold)
			.bodyValue(Map.of("reason", "Ärendet avslutat")).exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.released.reason").isEqualTo("Ärendet avslutat");
	}

	private Map<?, ?> run() {
		return admin().post().uri("/api/v1/records/retention-runs").exchange().expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody();
	}

	private static Map<String, Long> ruleCounts(Map<?, ?> run) {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		for (Object rule : (List<?>) run.get("rules")) {
			Map<?, ?> fields = (Map<?, ?>) rule;
			counts.put((String) fields.get("recordType"), ((Number) fields.get("erased")).longValue());
		}
		return counts;
	}

	private String reach(String uri) {
		return signed("demo-hr", Role.HR).get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class)
			.returnResult().getResponseBody();
	}

	/** An administrator signed in at the clock's time, which the test may have moved. */
	private WebTestClient admin() {
		return signed("demo-admin", Role.ADMIN);
	}

	private WebTestClient signed(String externalId, Role role) {
		String token = this.tokens.issue(this.organisation.personByExternalId(externalId).block(), Set.of(role))
			.accessToken();
		return this.client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
	}
}
