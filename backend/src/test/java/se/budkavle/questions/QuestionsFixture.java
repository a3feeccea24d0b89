package se.budkavle.questions;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.Organisation;
import se.budkavle.org.TestDirectory;
import se.budkavle.platform.jobs.MutableClock;

/**
 * The demo organisation (employee in Arbetsgrupp A under Hemtjänst Syd, whose manager is Maria Holm with Erik as
 * deputy; Anders Berg above them) plus HR, an admin and a fifth person in Hemtjänst Syd (so that its anonymous
 * questions may stay there); no questions at the start of each test; tokens issued at
 * the real time, then the clock set to Monday 7 September 2026, 09:00 in Stockholm.
 */
@QuestionsTest
abstract class QuestionsFixture {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	static final Instant MONDAY = ZonedDateTime.of(2026, 9, 7, 9, 0, 0, 0, STOCKHOLM).toInstant();

	static final Map<String, Set<Role>> ROLES = Map.of("demo-hr", Set.of(Role.HR), "demo-admin", Set.of(Role.ADMIN));

	WebTestClient client;

	@Autowired
	DatabaseClient database;

	@Autowired
	MutableClock clock;

	@Autowired
	Organisation organisation;

	private final Map<String, String> tokens = new HashMap<>();

	@BeforeEach
	void demoOrganisationWithoutQuestions(@Autowired DirectoryImports imports, @Autowired DemoTokens demoTokens,
			@Autowired WebTestClient client) {
		// the machine the tests run on is shared and slow to warm up
		this.client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
		imports.applyFile(directory().toString(), "test", null).block();
		this.database.sql("truncate question_upvote, question_message, question_event, question_quota, question")
			.then()
			.block();
		this.clock.set(Instant.now());
		for (String person : new String[] { "demo-employee", "demo-colleague", "demo-enhet-manager", "demo-deputy",
				"demo-avdelning-manager", "demo-director", "demo-outsider", "demo-hr", "demo-admin" }) {
			this.tokens.put(person, demoTokens.issue(this.organisation.personByExternalId(person).block(),
					ROLES.getOrDefault(person, Set.of())).accessToken());
		}
		this.clock.set(MONDAY);
	}

	static TestDirectory directory() {
		return TestDirectory.demo()
			.person("demo-hr", "Peter Wikström", "HR-specialist", "hsf-adm")
			.person("demo-syd-fifth", "Lina Berg", "Undersköterska", "hsf-aldre-hemtjanst-syd");
	}

	UUID person(String externalId) {
		return this.organisation.personByExternalId(externalId).block().id();
	}

	UUID unit(String externalId) {
		return this.database.sql("select id from unit where external_id = :id")
			.bind("id", externalId)
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
	}

	WebTestClient.ResponseSpec get(String person, String uri, Object... variables) {
		return this.client.get().uri(uri, variables).headers((h) -> h.setBearerAuth(token(person))).exchange();
	}

	WebTestClient.ResponseSpec getWithKey(String person, String key, String uri, Object... variables) {
		return this.client.get()
			.uri(uri, variables)
			.headers((h) -> h.setBearerAuth(token(person)))
			.header(QuestionController.KEY, key)
			.exchange();
	}

	WebTestClient.ResponseSpec post(String person, String uri, Object body, Object... variables) {
		return this.client.post()
			.uri(uri, variables)
			.headers((h) -> h.setBearerAuth(token(person)))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	WebTestClient.ResponseSpec postWithKey(String person, String key, String uri, Object body, Object... variables) {
		return this.client.post()
			.uri(uri, variables)
			.headers((h) -> h.setBearerAuth(token(person)))
			.header(QuestionController.KEY, key)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	WebTestClient.ResponseSpec put(String person, String uri, Object... variables) {
		return this.client.put().uri(uri, variables).headers((h) -> h.setBearerAuth(token(person))).exchange();
	}

	String token(String person) {
		return this.tokens.get(person);
	}

	/** Asks a question and returns the whole 201 answer. */
	Map<String, Object> ask(String person, Map<String, Object> question) {
		@SuppressWarnings("unchecked")
		Map<String, Object> created = post(person, "/api/v1/questions", question).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return created;
	}

	UUID askPrivately(String person, String subject) {
		return UUID.fromString((String) ask(person,
				Map.of("subject", subject, "body", "Vad gäller?", "anonymous", false, "visibility", "PRIVATE"))
			.get("id"));
	}

	UUID askTheUnit(String person, String subject) {
		return UUID.fromString((String) ask(person,
				Map.of("subject", subject, "body", "Vad gäller?", "anonymous", false, "visibility", "UNIT"))
			.get("id"));
	}
}
