package se.budkavle.delivery;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.google.gson.JsonObject;

import se.budkavle.integration.graph.FakeGraph;
import se.budkavle.m365.M365Test;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.OrgTables;
import se.budkavle.org.TestDirectory;
import se.budkavle.platform.jobs.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail through Graph sendMail (the {@code graph-mail} channel) from the delivery outbox, against the fake Graph;
 * the {@code teams} channel is in {@link DeliveryToTeamsTests}.
 */
@M365Test
class GraphDeliveryTests {

	@Autowired
	Notifier notifier;

	@Autowired
	DeliveryDispatcher dispatcher;

	@Autowired
	DatabaseClient database;

	@Autowired
	FakeGraph graph;

	@Autowired
	MutableClock clock;

	@Autowired
	ReactiveTransactionManager transactions;

	UUID hemtjanst;

	UUID ahmed;

	@BeforeEach
	void organisation(@Autowired DirectoryImports imports) {
		new OrgTables(this.database).clear();
		this.database.sql("truncate delivery, announcement, notification cascade").then().block();
		imports.applyFile(TestDirectory.demo().toString(), "seed", null).block();
		this.graph.reset();
		this.hemtjanst = id("select id from unit where external_id = 'hsf-aldre-hemtjanst-syd'");
		this.ahmed = id("select id from person where external_id = 'demo-employee'");
	}

	@Test
	void anImportantPostIsMailedToItsAudienceThroughGraph() {
		UUID post = importantPost();
		announce(post);

		this.dispatcher.dispatch().block();

		assertThat(statuses()).containsOnly("SENT");
		assertThat(this.graph.sentMail()).hasSize(1);
		JsonObject mail = this.graph.sentMail().get(0);
		assertThat(mail.get("mailbox").getAsString()).isEqualTo("budkavle@demo.budkavle.se");
		assertThat(mail.getAsJsonObject("message").get("subject").getAsString())
			.isEqualTo("Nya rutiner för nattpasset");
		assertThat(mail.getAsJsonObject("message")
			.getAsJsonArray("toRecipients")
			.get(0)
			.getAsJsonObject()
			.getAsJsonObject("emailAddress")
			.get("address")
			.getAsString()).isEqualTo("ahmed.hassan@demo.budkavle.se");
		assertThat(mail.getAsJsonObject("message").getAsJsonObject("body").get("content").getAsString())
			.contains("href=\"https://hub.test/posts/" + post + "\"");
		assertThat(this.graph.targets()).containsExactly("POST /v1.0/users/budkavle%40demo.budkavle.se/sendMail");
	}

	@Test
	void aReminderIsMailedThroughGraph() {
		this.notifier.notify(new Notification(this.ahmed, "acknowledgement.reminder", "Påminnelse",
				"Bekräfta att du har läst inlägget.", "/posts/1", null)).block();
		this.dispatcher.dispatch().block();
		assertThat(this.graph.sentMail()).singleElement()
			.satisfies((mail) -> assertThat(mail.getAsJsonObject("message").get("subject").getAsString())
				.isEqualTo("Påminnelse"));
	}

	@Test
	void aCrisisMessageIsMailedThroughGraph() {
		this.notifier.notify(new Notification(this.ahmed, "crisis.sent", "Strömavbrott i Skärholmen",
				"Gå till återsamlingsplatsen.", null, null)).block();
		this.dispatcher.dispatch().block();
		assertThat(this.graph.sentMail()).singleElement()
			.satisfies((mail) -> assertThat(mail.getAsJsonObject("message").get("subject").getAsString())
				.isEqualTo("Strömavbrott i Skärholmen"));
	}

	@Test
	void withGraphDownTheMailIsKeptAndSentWhenGraphIsBack() {
		this.graph.down();
		UUID post = importantPost();
		announce(post);

		this.dispatcher.dispatch().block();

		assertThat(statuses()).containsOnly("FAILED");
		assertThat(this.graph.sentMail()).isEmpty();
		assertThat(this.database.sql("select status from post where id = :id")
			.bind("id", post)
			.map((row) -> row.get(0, String.class))
			.one()
			.block()).isEqualTo("PUBLISHED");

		this.graph.up();
		this.dispatcher.dispatch().block();
		assertThat(statuses()).containsOnly("FAILED");
		this.clock.advance(Duration.ofHours(1));
		this.dispatcher.dispatch().block();

		assertThat(statuses()).containsOnly("SENT");
		assertThat(this.graph.sentMail()).hasSize(1);
	}

	private UUID importantPost() {
		UUID author = id("select id from person where external_id = 'demo-admin'");
		UUID post = this.database.sql("""
				insert into post (author_id, title, body_markdown, body_html, excerpt, priority, language,
					comments_enabled, status, publish_at, published_at)
				values (:author, 'Nya rutiner för nattpasset', 'Text', '<p>Text</p>', 'Från och med måndag gäller…',
					'IMPORTANT', 'sv', true, 'PUBLISHED', now(), now())
				returning id""")
			.bind("author", author)
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
		this.database.sql("insert into post_audience (post_id, person_id, unit_id) values (:post, :person, :unit)")
			.bind("post", post)
			.bind("person", this.ahmed)
			.bind("unit", this.hemtjanst)
			.then()
			.block();
		return post;
	}

	private void announce(UUID post) {
		TransactionalOperator.create(this.transactions)
			.transactional(this.notifier.announce(new Announcement(post, "Nya rutiner för nattpasset",
					"Från och med måndag gäller…", "/posts/" + post, List.of(this.hemtjanst))))
			.block();
	}

	private List<String> statuses() {
		return this.database.sql("select status from delivery where channel = 'graph-mail'")
			.map((row) -> row.get(0, String.class))
			.all()
			.collectList()
			.block();
	}

	private UUID id(String sql) {
		return this.database.sql(sql).map((row) -> row.get(0, UUID.class)).one().block();
	}
}
