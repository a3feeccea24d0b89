package se.budkavle.crisis;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.delivery.DeliveryJobs;
import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.integration.graph.FakeGraph;
import se.budkavle.m365.FakeTeamsWorkflows;
import se.budkavle.m365.M365Test;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.OrgTables;
import se.budkavle.org.Organisation;
import se.budkavle.platform.jobs.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A critical crisis message while Microsoft 365 is down (Graph answers every request with a server error, the Teams
 * webhooks refuse connections): in-app and SMS reach everyone at once, and the e-mail through Graph reaches each
 * person exactly once, and each message a card in each mapped unit's Teams channel exactly once, when Microsoft 365 is
 * back.
 */
@M365Test
class CrisisWithMicrosoft365DownTests {

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

	@Autowired
	CrisisSms sms;

	final FakeSmsGateway gateway = FakeSmsGateway.SHARED;

	@BeforeEach
	void demoOrganisationWithMicrosoft365Down(@Autowired DirectoryImports imports) {
		// demo tokens are issued at the test clock's time and checked against the real one
		this.clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		new OrgTables(this.database).clear();
		this.database.sql("truncate delivery, announcement, notification cascade").then().block();
		imports.applyFile(HubTestSupport.directory().toString(), "seed", null).block();
		this.graph.reset().down();
		this.teams.reset().unreachable();
	}

	@AfterEach
	void microsoft365Back() {
		this.graph.up();
		this.teams.back();
	}

	@Test
	void inAppAndSmsDeliverAtOnceAndEachPersonGetsTheMailOnceWhenMicrosoft365IsBack() {
		String title = "Strömavbrott " + UUID.randomUUID();
		Map<String, Object> body = new HashMap<>(CrisisApiTests.crisis("SAFETY", false, unit("hsf-aldre-hemtjanst-syd")));
		body.put("title", title);
		UUID crisis = UUID.fromString((String) as("demo-director", Role.CRISIS).post()
			.uri("/api/v1/crises")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id"));

		// in-app: in the notifications at once, and the banner's list of active crises
		as("demo-employee").get().uri("/api/v1/notifications").exchange().expectStatus().isOk().expectBody(String.class)
			.value((notifications) -> assertThat(notifications).contains(title));
		as("demo-colleague").get().uri("/api/v1/crises/active").exchange().expectStatus().isOk()
			.expectBody(String.class).value((active) -> assertThat(active).contains(crisis.toString()));
		// SMS: one text to each person with a number while Microsoft 365 is still down
		for (int run = 0; run < 100 && this.sms.drain().block() > 0; run++) {
			assertThat(run).as("the texts drain").isLessThan(99);
		}
		assertThat(this.gateway.accepted(title)).extracting(FakeSmsGateway.Text::to)
			.containsExactlyInAnyOrder("+46701740605", "+46701740606");
		// e-mail through Graph: tried, failed, kept
		DeliveryJobs.dispatch(this.context);
		assertThat(this.graph.sentMail()).isEmpty();
		assertThat(mailStatuses()).isNotEmpty().containsOnly("FAILED");

		this.graph.up();
		this.teams.back();
		this.clock.advance(Duration.ofMinutes(5));
		DeliveryJobs.dispatch(this.context);
		DeliveryJobs.dispatch(this.context);

		assertThat(mailStatuses()).containsOnly("SENT");
		List<String> mailed = this.graph.sentMail().stream()
			.filter((mail) -> mail.getAsJsonObject("message").get("subject").getAsString().equals(title))
			.map((mail) -> mail.getAsJsonObject("message").getAsJsonArray("toRecipients").get(0).getAsJsonObject()
				.getAsJsonObject("emailAddress").get("address").getAsString())
			.toList();
		assertThat(mailed).as("each recipient with an address mailed exactly once").containsExactlyInAnyOrderElementsOf(
				this.database.sql("""
						select p.email from crisis_recipient r join person p on p.id = r.person_id
						where r.crisis_id = :id and p.email is not null""").bind("id", crisis).mapValue(String.class)
					.all().collectList().block());
		assertThat(this.gateway.accepted(title)).as("no text sent twice").hasSize(2);
	}

	@Test
	void eachMappedUnitsTeamsChannelGetsEachCrisisMessageOnceAsACardWhenTheWebhooksAreBack() {
		String title = "Vattenläcka " + UUID.randomUUID();
		Map<String, Object> body = new HashMap<>(CrisisApiTests.crisis("RECEIVED", true, unit("hsf")));
		body.put("title", title);
		WebTestClient director = as("demo-director", Role.CRISIS);
		UUID crisis = UUID.fromString((String) director.post().uri("/api/v1/crises").bodyValue(body).exchange()
			.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id"));
		director.post().uri("/api/v1/crises/{id}/updates", crisis).bodyValue(Map.of("body", "Stäng av vattnet."))
			.exchange().expectStatus().is2xxSuccessful();
		director.post().uri("/api/v1/crises/{id}/all-clear", crisis).bodyValue(Map.of("body", "Vattnet är tillbaka."))
			.exchange().expectStatus().is2xxSuccessful();

		// one delivery per message and unit under the target; while the webhooks are down the mapped units' are tried,
		// failed and kept, and no card is taken (an unmapped unit's has nowhere to go and is done at once, as for posts)
		assertThat(teamsStatuses(crisis, false)).hasSize(3 * unitsUnder("hsf"));
		DeliveryJobs.dispatch(this.context);
		assertThat(cards(title)).isEmpty();
		assertThat(teamsStatuses(crisis, true)).hasSize(6).containsOnly("FAILED");

		this.teams.back();
		this.clock.advance(Duration.ofMinutes(5));
		DeliveryJobs.dispatch(this.context);
		this.clock.advance(Duration.ofHours(2));
		DeliveryJobs.dispatch(this.context);

		// the two mapped units under hsf, one card per message each; unmapped units get nothing
		assertThat(teamsStatuses(crisis, false)).containsOnly("SENT");
		List<FakeTeamsWorkflows.Post> cards = cards(title);
		assertThat(cards).extracting(FakeTeamsWorkflows.Post::workflow)
			.containsExactlyInAnyOrder("hemtjanst-syd", "hemtjanst-syd", "hemtjanst-syd", "solrosen", "solrosen",
					"solrosen");
		assertThat(cards).extracting((post) -> post.card().getAsJsonArray("body").get(0).getAsJsonObject().get("text")
			.getAsString())
			.containsExactlyInAnyOrder("ÖVNING: " + title, "ÖVNING: " + title, "ÖVNING: Uppdatering: " + title,
					"ÖVNING: Uppdatering: " + title, "ÖVNING: Faran över: " + title, "ÖVNING: Faran över: " + title);
		String first = cards.stream().filter((post) -> post.card().toString().contains("samlingsplatsen")).findFirst()
			.orElseThrow().card().toString();
		assertThat(first).contains("Allvarlighetsgrad", "Kritisk", "ÖVNING",
				M365Test.CRISIS_LINK.replace("{id}", crisis.toString()));
	}

	private List<FakeTeamsWorkflows.Post> cards(String title) {
		return this.teams.posts().stream().filter((post) -> post.card().toString().contains(title)).toList();
	}

	/** The statuses of the crisis's Teams deliveries (one per message and unit), to the mapped units only or all. */
	private List<String> teamsStatuses(UUID crisis, boolean mappedOnly) {
		return this.database.sql("""
				select d.status from delivery d join announcement a on a.id = d.announcement_id
				join unit u on u.id = d.unit_id
				where d.channel = 'teams' and a.announcement_key like :key
				  and (not :mappedOnly or u.external_id in ('hsf-aldre-hemtjanst-syd', 'hsf-forskola-solrosen'))""")
			.bind("key", "crisis:" + crisis + ":%").bind("mappedOnly", mappedOnly).mapValue(String.class).all()
			.collectList().block();
	}

	private int unitsUnder(String externalId) {
		return this.database.sql("""
				select count(*) from unit_closure c join unit u on u.id = c.ancestor_id
				join unit d on d.id = c.descendant_id and d.active where u.external_id = :id""")
			.bind("id", externalId).mapValue(Long.class).one().block().intValue();
	}

	private List<String> mailStatuses() {
		return this.database.sql("""
				select d.status from delivery d join notification n on n.id = d.notification_id
				join person p on p.id = d.person_id
				where d.channel = 'graph-mail' and n.kind = 'crisis.sent' and p.email is not null""")
			.mapValue(String.class).all().collectList().block();
	}

	private WebTestClient as(String externalId, Role... roles) {
		var person = this.organisation.personByExternalId(externalId).block();
		String token = this.tokens.issue(person, Set.of(roles)).accessToken();
		return this.client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
	}

	private UUID unit(String externalId) {
		return this.database.sql("select id from unit where external_id = :id").bind("id", externalId)
			.mapValue(UUID.class).one().block();
	}
}
