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
 * A critical crisis message while Microsoft 365 is down (Graph and the Teams webhooks answer 5xx): in-app and SMS reach
 * everyone at once, exactly one each, and the Graph e-mail goes out exactly once per person when Graph is back.
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
		this.clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		new OrgTables(this.database).clear();
		this.database.sql("truncate delivery, announcement, notification cascade").then().block();
		imports.applyFile(HubTestSupport.directory().toString(), "seed", null).block();
		this.graph.reset().down();
		this.teams.reset().unavailable();
		this.gateway.back();
	}

	@AfterEach
	void microsoft365Back() {
		this.graph.up();
		this.teams.back();
	}

	@Test
	void smsAndInAppReachEveryoneAtOnceAndGraphMailGoesOutOnceWhenItIsBack() {
		String title = "Utrymning " + UUID.randomUUID();
		Map<String, Object> body = new HashMap<>(CrisisApiTests.crisis("SAFETY", false, unit("hsf-aldre-hemtjanst-syd")));
		body.put("title", title);
		UUID crisis = UUID.fromString((String) as("demo-director", Role.CRISIS).post().uri("/api/v1/crises")
			.bodyValue(body).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
			.getResponseBody().get("id"));

		DeliveryJobs.dispatch(this.context);
		this.sms.drain().block();

		// Maria Holm, Erik Deputy, Ahmed Hassan and Sofia Nilsson; the last two have phone numbers
		assertThat(this.gateway.accepted(title)).extracting(FakeSmsGateway.Text::to)
			.containsExactlyInAnyOrder("+46701740605", "+46701740606");
		assertThat(strings("select n.recipient_id::text from notification n where n.title = :title", title))
			.hasSize(4).doesNotHaveDuplicates();
		assertThat(strings("select status from delivery where channel = 'graph-mail'", null))
			.hasSize(4).containsOnly("FAILED");
		assertThat(this.graph.sentMail()).isEmpty();

		this.graph.up();
		this.teams.back();
		this.clock.advance(Duration.ofMinutes(5));
		DeliveryJobs.dispatch(this.context);
		DeliveryJobs.dispatch(this.context);
		this.sms.drain().block();

		assertThat(this.graph.sentMail()).extracting((mail) -> mail.getAsJsonObject("message")
			.getAsJsonArray("toRecipients").get(0).getAsJsonObject().getAsJsonObject("emailAddress").get("address")
			.getAsString())
			.containsExactlyInAnyOrder("maria.holm@demo.budkavle.se", "erik.deputy@demo.budkavle.se",
					"ahmed.hassan@demo.budkavle.se", "sofia.nilsson@demo.budkavle.se");
		assertThat(this.gateway.accepted(title)).hasSize(2);
		assertThat(strings("select status from delivery where channel = 'graph-mail'", null)).containsOnly("SENT");
		assertThat(strings("select status from crisis_delivery where crisis_id = '" + crisis + "' and channel = 'sms'",
				null)).containsExactlyInAnyOrder("SENT", "SENT", "NO_NUMBER", "NO_NUMBER");
	}

	private List<String> strings(String sql, String title) {
		var spec = this.database.sql(sql);
		return ((title != null) ? spec.bind("title", title) : spec).mapValue(String.class).all().collectList().block();
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
