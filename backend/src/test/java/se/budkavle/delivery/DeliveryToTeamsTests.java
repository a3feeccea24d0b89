package se.budkavle.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.google.gson.JsonObject;

import se.budkavle.m365.FakeTeamsWorkflows;
import se.budkavle.m365.M365Test;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.OrgTables;
import se.budkavle.org.TestDirectory;
import se.budkavle.platform.jobs.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code teams} channel through the delivery outbox: an Adaptive Card per mapped unit, posted to the unit's fake
 * Teams Workflows webhook; Hemtjänst Syd and Förskolan Solrosen are mapped, Administration is not.
 */
@M365Test
class DeliveryToTeamsTests {

	private static final String TITLE = "Nya rutiner för nattpasset";

	private static final String EXCERPT = "Från och med måndag gäller nya tider.";

	@Autowired
	Notifier notifier;

	@Autowired
	DeliveryDispatcher dispatcher;

	@Autowired
	DatabaseClient database;

	@Autowired
	FakeTeamsWorkflows teams;

	@Autowired
	MutableClock clock;

	@Autowired
	ReactiveTransactionManager transactions;

	@BeforeEach
	void organisation(@Autowired DirectoryImports imports) {
		new OrgTables(this.database).clear();
		this.database.sql("truncate delivery, announcement, notification cascade").then().block();
		imports.applyFile(TestDirectory.demo().toString(), "seed", null).block();
		this.teams.reset();
	}

	@Test
	void anImportantPostIsOneCardInTheChannelOfEachMappedUnitWithItsTitleExcerptAndAbsoluteLink() {
		UUID post = announce("hsf-aldre-hemtjanst-syd", "hsf-forskola-solrosen", "hsf-adm");

		this.dispatcher.dispatch().block();

		assertThat(teamsStatuses()).containsOnly("SENT").hasSize(3);
		assertThat(this.teams.posts()).extracting(FakeTeamsWorkflows.Post::workflow)
			.containsExactlyInAnyOrder("hemtjanst-syd", "solrosen");
		FakeTeamsWorkflows.Post sent = this.teams.posts().get(0);
		assertThat(sent.contentType()).startsWith("application/json");
		assertThat(sent.body().get("type").getAsString()).isEqualTo("message");
		JsonObject attachment = sent.body().getAsJsonArray("attachments").get(0).getAsJsonObject();
		assertThat(attachment.get("contentType").getAsString()).isEqualTo("application/vnd.microsoft.card.adaptive");
		assertThat(attachment.has("contentUrl") && attachment.get("contentUrl").isJsonNull()).isTrue();
		JsonObject card = sent.card();
		assertThat(card.get("$schema").getAsString()).isEqualTo("http://adaptivecards.io/schemas/adaptive-card.json");
		assertThat(card.get("type").getAsString()).isEqualTo("AdaptiveCard");
		assertThat(card.get("version").getAsString()).isEqualTo("1.4");
		JsonObject heading = card.getAsJsonArray("body").get(0).getAsJsonObject();
		assertThat(heading.get("text").getAsString()).isEqualTo(TITLE);
		assertThat(heading.get("weight").getAsString()).isEqualTo("Bolder");
		assertThat(card.getAsJsonArray("body").get(1).getAsJsonObject().get("text").getAsString()).isEqualTo(EXCERPT);
		JsonObject action = card.getAsJsonArray("actions").get(0).getAsJsonObject();
		assertThat(action.get("type").getAsString()).isEqualTo("Action.OpenUrl");
		assertThat(action.get("title").getAsString()).isEqualTo("Läs hela nyheten i Insidan");
		assertThat(action.get("url").getAsString()).isEqualTo("https://hub.test/posts/" + post);
	}

	@Test
	void anUnmappedUnitGetsNothing() {
		announce("hsf-adm");

		this.dispatcher.dispatch().block();

		assertThat(this.teams.requests()).isEmpty();
		assertThat(teamsStatuses()).containsExactly("SENT");
	}

	@Test
	void aWebhookAnsweringWithAServerErrorLeavesTheDeliveryFailedAndALaterAttemptSendsItOnce() {
		this.teams.unavailable();
		failsThenIsSentOnceWhenTeamsIsBack();
	}

	@Test
	void aRefusedConnectionLeavesTheDeliveryFailedAndALaterAttemptSendsItOnce() {
		this.teams.unreachable();
		failsThenIsSentOnceWhenTeamsIsBack();
	}

	private void failsThenIsSentOnceWhenTeamsIsBack() {
		announce("hsf-aldre-hemtjanst-syd");

		this.dispatcher.dispatch().block();

		Map<String, Object> failed = teamsDelivery();
		assertThat(failed).containsEntry("status", "FAILED").containsEntry("attempts", 1);
		assertThat((Instant) failed.get("next_attempt_at")).isAfter(this.clock.instant());
		// the webhook's URL is a secret: the recorded error names the unit only
		assertThat((String) failed.get("last_error")).contains("hsf-aldre-hemtjanst-syd").doesNotContain("sig=")
			.doesNotContain("127.0.0.1");
		assertThat(this.teams.posts()).isEmpty();

		this.teams.back();
		this.dispatcher.dispatch().block();
		assertThat(teamsDelivery()).containsEntry("status", "FAILED");
		assertThat(this.teams.posts()).isEmpty();

		this.clock.advance(Duration.ofHours(1));
		this.dispatcher.dispatch().block();
		this.dispatcher.dispatch().block();

		assertThat(teamsDelivery()).containsEntry("status", "SENT").containsEntry("attempts", 2);
		assertThat(this.teams.posts()).singleElement()
			.satisfies((sent) -> assertThat(sent.workflow()).isEqualTo("hemtjanst-syd"));
	}

	// A published post of no one's audience (the people's channels are not the point here), announced to units.
	private UUID announce(String... units) {
		UUID post = this.database.sql("""
				insert into post (author_id, title, body_markdown, body_html, excerpt, priority, language,
					comments_enabled, status, publish_at, published_at)
				select id, :title, 'Text', '<p>Text</p>', :excerpt, 'IMPORTANT', 'sv', true, 'PUBLISHED', now(), now()
				from person where external_id = 'demo-admin'
				returning id""")
			.bind("title", TITLE)
			.bind("excerpt", EXCERPT)
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
		List<UUID> unitIds = java.util.Arrays.stream(units).map(this::unit).toList();
		TransactionalOperator.create(this.transactions)
			.transactional(this.notifier.announce(new Announcement(post, TITLE, EXCERPT, "/posts/" + post, unitIds)))
			.block();
		return post;
	}

	private List<String> teamsStatuses() {
		return this.database.sql("select status from delivery where channel = 'teams'")
			.map((row) -> row.get(0, String.class))
			.all()
			.collectList()
			.block();
	}

	private Map<String, Object> teamsDelivery() {
		return this.database.sql("select status, attempts, next_attempt_at, last_error from delivery where channel = 'teams'")
			.map((row) -> {
				Map<String, Object> delivery = new java.util.HashMap<>();
				delivery.put("status", row.get("status", String.class));
				delivery.put("attempts", row.get("attempts", Integer.class));
				delivery.put("next_attempt_at", row.get("next_attempt_at", Instant.class));
				delivery.put("last_error", row.get("last_error", String.class));
				return delivery;
			})
			.one()
			.block();
	}

	private UUID unit(String externalId) {
		return this.database.sql("select id from unit where external_id = :id")
			.bind("id", externalId)
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
	}
}
