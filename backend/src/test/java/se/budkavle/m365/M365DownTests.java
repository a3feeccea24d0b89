package se.budkavle.m365;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.google.gson.JsonObject;

import se.budkavle.delivery.DeliveryJobs;
import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.integration.graph.FakeGraph;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.OrgTables;
import se.budkavle.org.Organisation;
import se.budkavle.org.TestDirectory;
import se.budkavle.platform.jobs.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Microsoft 365 down end to end: Graph answers every request with a server error and the Teams webhooks refuse
 * connections, yet a manager's important post publishes through the news API at once and its audience reads it; the
 * deliveries wait in the outbox and are each sent once when Microsoft 365 is back.
 */
@M365Test
class M365DownTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient database;

	@Autowired
	FakeGraph graph;

	@Autowired
	FakeTeamsWorkflows teams;

	@Autowired
	MutableClock clock;

	@Autowired
	DemoTokens tokens;

	@Autowired
	Organisation organisation;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void demoOrganisationWithMicrosoft365Down(@Autowired DirectoryImports imports) {
		// demo tokens are issued at the test clock's time and checked against the real one
		this.clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		new OrgTables(this.database).clear();
		this.database.sql("truncate delivery, announcement, notification cascade").then().block();
		imports.applyFile(TestDirectory.demo()
			.personWithEmail("demo-substitute", "Vera Vikarie", null, "Vikarie", "hsf-aldre-hemtjanst-syd")
			.toString(), "seed", null).block();
		this.graph.reset().down();
		this.teams.reset().unreachable();
	}

	@Test
	void anImportantPostPublishesAndIsReadWhileMicrosoft365IsDownAndEachDeliveryIsSentOnceWhenItIsBack() {
		UUID post = publishImportant(as("demo-enhet-manager"), "hsf-aldre-hemtjanst-syd", "hsf-aldre-hemtjanst-syd-a");

		// publishing only recorded the deliveries: nothing asked Microsoft 365
		assertThat(this.graph.requests()).isEmpty();
		assertThat(this.teams.requests()).isEmpty();
		assertThat(deliveries()).extracting(Row::status).containsOnly("PENDING");
		// four people in the audience (one without an address; Maria Holm wrote it) and two targeted units (one mapped
		// to Teams)
		assertThat(deliveries()).extracting(Row::channel).containsOnly("graph-mail", "teams").hasSize(6);
		readsInTheFeed("demo-employee", post);

		DeliveryJobs.dispatch(this.context);

		Instant now = this.clock.instant();
		assertThat(deliveries()).filteredOn(Row::needsMicrosoft365).hasSize(4).allSatisfy((row) -> {
			assertThat(row.status()).isEqualTo("FAILED");
			assertThat(row.attempts()).isEqualTo(1);
			assertThat(row.nextAttemptAt()).isAfter(now);
		});
		// the person without an address and the unmapped unit are settled without sending anything
		assertThat(deliveries()).filteredOn((row) -> !row.needsMicrosoft365()).hasSize(2)
			.allSatisfy((row) -> assertThat(row.status()).isEqualTo("SENT"));
		assertThat(this.graph.sentMail()).isEmpty();
		assertThat(this.teams.posts()).isEmpty();
		readsInTheFeed("demo-colleague", post);

		this.graph.up();
		this.teams.back();
		DeliveryJobs.dispatch(this.context);
		assertThat(this.graph.sentMail()).isEmpty();

		this.clock.advance(Duration.ofMinutes(5));
		DeliveryJobs.dispatch(this.context);
		DeliveryJobs.dispatch(this.context);

		assertThat(deliveries()).extracting(Row::status).containsOnly("SENT");
		assertThat(this.graph.sentMail()).extracting(M365DownTests::recipient)
			.containsExactlyInAnyOrder("erik.deputy@demo.budkavle.se", "ahmed.hassan@demo.budkavle.se",
					"sofia.nilsson@demo.budkavle.se");
		// the card and every mail link to the post through the configured template (budkavle.delivery.links.post)
		String link = M365Test.POST_LINK.replace("{id}", post.toString());
		assertThat(this.teams.posts()).singleElement().satisfies((sent) -> {
			assertThat(sent.workflow()).isEqualTo("hemtjanst-syd");
			assertThat(sent.card().getAsJsonArray("actions").get(0).getAsJsonObject().get("url").getAsString())
				.isEqualTo(link);
		});
		assertThat(this.graph.sentMail()).allSatisfy((mail) -> assertThat(
				mail.getAsJsonObject("message").getAsJsonObject("body").get("content").getAsString())
			.contains("href=\"" + link.replace("&", "&amp;") + "\""));
	}

	@Test
	void aSyncStartedWhileGraphIsDownIsAcceptedAtOnceAndEndsFailedWithItsError() {
		WebTestClient admin = as("demo-admin", Role.ADMIN);
		Map<?, ?> started = admin.post()
			.uri(DirectorySyncController.SYNCS)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		List<ServerSentEvent<SyncRun>> events = admin.get()
			.uri(DirectorySyncController.SYNCS + "/{id}/events", started.get("runId"))
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<SyncRun>>() {
			})
			.getResponseBody()
			.collectList()
			.block(Duration.ofSeconds(30));

		SyncRun last = events.get(events.size() - 1).data();
		assertThat(last.state()).isEqualTo("FAILED");
		assertThat(last.errors()).isNotEmpty();
		assertThat(this.organisation.personByExternalId("demo-employee").block().active()).isTrue();
	}

	private UUID publishImportant(WebTestClient author, String... units) {
		List<Map<String, Object>> targets = java.util.Arrays.stream(units)
			.map((unit) -> Map.<String, Object>of("unitId", unit(unit), "includeSubunits", true))
			.toList();
		Map<String, Object> post = Map.of("title", "Nya rutiner för nattpasset", "body",
				"Från och med måndag gäller **nya tider** för nattpasset.", "priority", "IMPORTANT", "language", "sv",
				"commentsEnabled", true, "targets", targets);
		Map<?, ?> created = author.post()
			.uri("/api/v1/posts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(post)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(created.get("status")).isEqualTo("PUBLISHED");
		return UUID.fromString((String) created.get("id"));
	}

	private void readsInTheFeed(String person, UUID post) {
		WebTestClient reader = as(person);
		reader.get()
			.uri("/api/v1/feed")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].id").isEqualTo(post.toString())
			.jsonPath("$.items[0].title").isEqualTo("Nya rutiner för nattpasset");
		reader.get()
			.uri("/api/v1/posts/{id}", post)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.title").isEqualTo("Nya rutiner för nattpasset");
	}

	private WebTestClient as(String externalId, Role... roles) {
		var person = this.organisation.personByExternalId(externalId).block();
		String token = this.tokens.issue(person, Set.of(roles)).accessToken();
		return this.client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
	}

	private UUID unit(String externalId) {
		return this.database.sql("select id from unit where external_id = :id")
			.bind("id", externalId)
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
	}

	private List<Row> deliveries() {
		return this.database.sql("""
				select d.channel, d.status, d.attempts, d.next_attempt_at,
				       (d.channel = 'graph-mail' and p.email is not null)
				       or (d.channel = 'teams' and u.external_id = 'hsf-aldre-hemtjanst-syd') as needs_m365
				from delivery d
				left join person p on p.id = d.person_id
				left join unit u on u.id = d.unit_id""")
			.map((row) -> new Row(row.get("channel", String.class), row.get("status", String.class),
					row.get("attempts", Integer.class), row.get("next_attempt_at", Instant.class),
					row.get("needs_m365", Boolean.class)))
			.all()
			.collectList()
			.block();
	}

	private static String recipient(JsonObject mail) {
		return mail.getAsJsonObject("message")
			.getAsJsonArray("toRecipients")
			.get(0)
			.getAsJsonObject()
			.getAsJsonObject("emailAddress")
			.get("address")
			.getAsString();
	}

	record Row(String channel, String status, int attempts, Instant nextAttemptAt, boolean needsMicrosoft365) {
	}
}
