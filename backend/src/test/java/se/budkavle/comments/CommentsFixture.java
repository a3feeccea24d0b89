package se.budkavle.comments;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.Organisation;
import se.budkavle.org.TestDirectory;
import se.budkavle.platform.jobs.MutableClock;

/**
 * The demo slice of the organisation, posts to Hemtjänst Syd (and its work group) written by its enhetschef, and
 * signed-in clients for each persona.
 */
final class CommentsFixture {

	private final WebTestClient client;

	private final DatabaseClient database;

	private final DemoTokens tokens;

	private final Organisation organisation;

	private final MutableClock clock;

	private final Map<String, String> signed = new HashMap<>();

	CommentsFixture(WebTestClient client, DatabaseClient database, DemoTokens tokens, Organisation organisation,
			DirectoryImports imports, MutableClock clock) {
		// waits spring.test.webtestclient.timeout for an answer (see the test application.properties)
		this.client = client;
		this.database = database;
		this.tokens = tokens;
		this.organisation = organisation;
		this.clock = clock;
		if (personOrNull("enhet-manager") == null) {
			imports.applyFile(directory().toString(), "test", null).block();
		}
		// every test starts outside the previous test's rate-limit window
		clock.advance(Duration.ofMinutes(2));
	}

	/** Stockholms stad → … → Hemtjänst Syd (enhetschef Maria, deputy Erik; Ahmed in Arbetsgrupp A, Sofia) etc. */
	static TestDirectory directory() {
		return TestDirectory.demo()
			.person("demo-communicator", "Lena Sjöberg", "Kommunikatör", "hsf-adm")
			.person("demo-hr", "Peter Wikström", "HR-specialist", "hsf-adm");
	}

	WebTestClient as(String key) {
		String token = this.signed.computeIfAbsent(key, (person) -> this.tokens
			.issue(this.organisation.personByExternalId("demo-" + person).block(), roles(person))
			.accessToken());
		return this.client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
	}

	WebTestClient anonymous() {
		return this.client;
	}

	MutableClock clock() {
		return this.clock;
	}

	static Set<Role> roles(String key) {
		return switch (key) {
			case "communicator" -> Set.of(Role.COMMUNICATOR);
			case "hr" -> Set.of(Role.HR);
			case "admin" -> Set.of(Role.ADMIN);
			default -> Set.of();
		};
	}

	UUID person(String key) {
		UUID id = personOrNull(key);
		if (id == null) {
			throw new IllegalArgumentException("No persona " + key);
		}
		return id;
	}

	private UUID personOrNull(String key) {
		return this.database.sql("select id from person where external_id = :id")
			.bind("id", "demo-" + key)
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
	}

	UUID unit(String key) {
		return this.database.sql("select id from unit where external_id = :id")
			.bind("id", key)
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
	}

	/** A post by the enhetschef to Hemtjänst Syd with its subunits, published now, its audience resolved. */
	UUID post(boolean commentsEnabled) {
		UUID unit = unit("hsf-aldre-hemtjanst-syd");
		UUID post = this.database.sql("""
				insert into post (author_id, title, body_markdown, body_html, excerpt, priority, language,
				                  comments_enabled, ack_required, status, publish_at, published_at, audience_size)
				values (:author, 'Nytt schema', 'Hej', '<p>Hej</p>', 'Hej', 'NORMAL', 'sv', :comments, false,
				        'PUBLISHED', :now, :now, 0) returning id""")
			.bind("author", person("enhet-manager"))
			.bind("comments", commentsEnabled)
			.bind("now", this.clock.instant())
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
		this.database.sql("insert into post_target values (:post, :unit, true)")
			.bind("post", post)
			.bind("unit", unit)
			.then()
			.block();
		this.database.sql("""
				insert into post_audience (post_id, person_id, unit_id)
				select :post, person_id, :unit from subtree_member where ancestor_id = :unit""")
			.bind("post", post)
			.bind("unit", unit)
			.then()
			.block();
		return post;
	}

	UUID post() {
		return post(true);
	}

	void sql(String sql, Object... idParams) {
		var spec = this.database.sql(sql);
		for (int i = 0; i < idParams.length; i++) {
			spec = spec.bind("p" + i, idParams[i]);
		}
		spec.then().block();
	}

	long count(String sql, Object... idParams) {
		var spec = this.database.sql(sql);
		for (int i = 0; i < idParams.length; i++) {
			spec = spec.bind("p" + i, idParams[i]);
		}
		return spec.map((row) -> ((Number) row.get(0)).longValue()).one().block();
	}

	/** Writes a comment through the API and gives its id. */
	UUID comment(String key, UUID post, String body) {
		return comment(key, post, body, null);
	}

	UUID comment(String key, UUID post, String body, UUID replyTo) {
		Map<String, Object> request = new HashMap<>();
		request.put("body", body);
		request.put("replyTo", replyTo);
		return UUID.fromString(as(key).post()
			.uri("/api/v1/posts/{id}/comments", post)
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString());
	}
}
