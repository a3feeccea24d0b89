package se.budkavle.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.Organisation;
import se.budkavle.platform.jobs.MutableClock;

/**
 * The running hub with the news test organisation, tokens for its people and short ways to post and read.
 */
@NewsTest
abstract class NewsApiSupport {

	static final String ENHET = "hsf-aldre-hemtjanst-syd";

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient database;

	@Autowired
	DirectoryImports imports;

	@Autowired
	Organisation organisations;

	@Autowired
	DemoTokens tokens;

	@Autowired
	MutableClock clock;

	NewsOrganisation organisation;

	@BeforeEach
	void theDemoSliceOfTheOrganisation() {
		this.clock.set(NewsTestConfiguration.START);
		this.organisation = new NewsOrganisation(this.database);
		this.organisation.reset(this.imports, NewsOrganisation.directory());
	}

	String token(String key) {
		var person = this.organisations.person(this.organisation.person(key)).block();
		return this.tokens.issue(person, NewsOrganisation.roles(key)).accessToken();
	}

	WebTestClient.RequestHeadersSpec<?> get(String key, String uri) {
		return this.client.get().uri(uri).headers((headers) -> headers.setBearerAuth(token(key)));
	}

	WebTestClient.RequestHeadersSpec<?> post(String key, String uri, Object body) {
		return this.client.post()
			.uri(uri)
			.headers((headers) -> headers.setBearerAuth(token(key)))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body);
	}

	/** A valid post body to the given units (with subunits), which tests change. */
	Map<String, Object> body(String title, String... unitKeys) {
		List<Map<String, Object>> targets = new ArrayList<>();
		for (String key : unitKeys) {
			targets.add(Map.of("unitId", this.organisation.unit(key), "includeSubunits", true));
		}
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("body", "Hej **alla**! Läs mer på https://stad.se.");
		body.put("priority", "NORMAL");
		body.put("language", "sv");
		body.put("commentsEnabled", true);
		body.put("targets", targets);
		return body;
	}

	/** Posts and returns the new post's id. */
	UUID publish(String author, Map<String, Object> body) {
		Map<?, ?> created = post(author, "/api/v1/posts", body).exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString((String) created.get("id"));
	}

	UUID publish(String author, String title, String... unitKeys) {
		return publish(author, body(title, unitKeys));
	}

	/** The titles in a person's first feed page, in order. */
	List<String> feedTitles(String key) {
		Map<?, ?> page = get(key, "/api/v1/feed").exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return ((List<?>) page.get("items")).stream().map((item) -> (String) ((Map<?, ?>) item).get("title")).toList();
	}

	long count(String sql) {
		return this.organisation.count(sql);
	}

	static String iso(Instant instant) {
		return instant.toString();
	}
}
