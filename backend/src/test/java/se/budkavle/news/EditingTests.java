package se.budkavle.news;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

class EditingTests extends NewsApiSupport {

	UUID post;

	@BeforeEach
	void aPostToTheEnhet() {
		this.post = publish("enhet-manager", "Nytt schema", ENHET);
	}

	@Test
	void anEditNeedsIfMatch() {
		put("enhet-manager", null, body("Ändrat", ENHET)).exchange()
			.expectStatus().isEqualTo(428)
			.expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:precondition-required");
		assertThat(count("select count(*) from post_revision")).isOne();
	}

	@Test
	void anEditOfTheCurrentVersionKeepsARevisionAndAStaleOneIsRefused() {
		this.clock.advance(Duration.ofMinutes(5));
		put("enhet-manager", "\"1\"", body("Ändrat schema", ENHET)).exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("ETag", "\"2\"")
			.expectBody()
			.jsonPath("$.title").isEqualTo("Ändrat schema")
			.jsonPath("$.version").isEqualTo(2)
			.jsonPath("$.body").isEqualTo("Hej **alla**! Läs mer på https://stad.se.");
		put("enhet-manager", "\"1\"", body("Gammal", ENHET)).exchange()
			.expectStatus().isEqualTo(412)
			.expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:version-conflict");
		get("communicator", "/api/v1/posts/" + this.post + "/revisions").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items[*].version").isEqualTo(List.of(2, 1))
			.jsonPath("$.items[*].title").isEqualTo(List.of("Ändrat schema", "Nytt schema"))
			.jsonPath("$.items[0].editedBy.displayName").isEqualTo("Maria Holm");
		assertThat(count("select count(*) from post_audience")).as("the audience stays").isEqualTo(3);
	}

	@Test
	void ofTwoConcurrentEditsOfTheSameVersionOneWinsAndTheOtherGets412() {
		var first = put("enhet-manager", "\"1\"", body("Först", ENHET));
		var second = put("communicator", "\"1\"", body("Samtidigt", ENHET));
		List<Integer> statuses = Mono.zip(status(first), status(second)).map((both) -> List.of(both.getT1(), both.getT2()))
			.block();
		assertThat(statuses).containsExactlyInAnyOrder(200, 412);
		assertThat(count("select count(*) from post_revision")).isEqualTo(2);
		assertThat(count("select version::bigint from post")).isEqualTo(2);
	}

	@Test
	void onlyTheAuthorCommunicatorsAndAdminsMayEdit() {
		put("communicator", "\"1\"", body("Kommunikatören", ENHET)).exchange().expectStatus().isOk();
		put("admin", "\"2\"", body("Admin", ENHET)).exchange().expectStatus().isOk();
		for (String key : List.of("avdelning-manager", "employee", "hr")) {
			put(key, "\"3\"", body("Nej", ENHET)).exchange().expectStatus().isForbidden();
		}
		put("outsider", "\"3\"", body("Nej", ENHET)).exchange().expectStatus().isNotFound();
		assertThat(count("select count(*) from post_revision")).isEqualTo(3);
	}

	@Test
	void anInvalidEditChangesNothing() {
		var body = body("x".repeat(201), ENHET);
		put("enhet-manager", "\"1\"", body).exchange().expectStatus().isEqualTo(422);
		assertThat(count("select version::bigint from post")).isOne();
		assertThat(count("select count(*) from post_revision")).isOne();
	}

	@Test
	void revisionsAreForTheAuthorCommunicatorsHrAndAdmins() {
		for (String key : List.of("enhet-manager", "communicator", "hr", "admin")) {
			get(key, "/api/v1/posts/" + this.post + "/revisions").exchange().expectStatus().isOk();
		}
		for (String key : List.of("avdelning-manager", "employee")) {
			get(key, "/api/v1/posts/" + this.post + "/revisions").exchange().expectStatus().isForbidden();
		}
		get("outsider", "/api/v1/posts/" + this.post + "/revisions").exchange().expectStatus().isNotFound();
	}

	@Test
	void aWithdrawnPostLeavesTheFeedsAndKeepsWhoWhenAndWhy() {
		post("employee", "/api/v1/posts/" + this.post + "/withdrawal", Map.of("reason", "Nej")).exchange()
			.expectStatus().isForbidden();
		post("outsider", "/api/v1/posts/" + this.post + "/withdrawal", Map.of("reason", "Nej")).exchange()
			.expectStatus().isNotFound();
		post("avdelning-manager", "/api/v1/posts/" + this.post + "/withdrawal", Map.of("reason", " ")).exchange()
			.expectStatus().isEqualTo(422);
		this.clock.advance(Duration.ofMinutes(3));
		post("avdelning-manager", "/api/v1/posts/" + this.post + "/withdrawal", Map.of("reason", "Fel schema")).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("WITHDRAWN")
			.jsonPath("$.withdrawal.by.displayName").isEqualTo("Anders Berg")
			.jsonPath("$.withdrawal.reason").isEqualTo("Fel schema")
			.jsonPath("$.withdrawal.at").isEqualTo(this.clock.instant().toString())
			.jsonPath("$.permissions.withdraw").isEqualTo(false);
		assertThat(feedTitles("employee")).isEmpty();
		get("employee", "/api/v1/posts/" + this.post).exchange().expectStatus().isNotFound();
		get("enhet-manager", "/api/v1/posts/" + this.post).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.withdrawal.reason").isEqualTo("Fel schema");
		post("communicator", "/api/v1/posts/" + this.post + "/withdrawal", Map.of("reason", "Igen")).exchange()
			.expectStatus().isEqualTo(409);
		put("enhet-manager", "\"1\"", body("Efteråt", ENHET)).exchange().expectStatus().isEqualTo(409);
		assertThat(count("select count(*) from post")).as("kept, never deleted").isOne();
	}

	private WebTestClient.RequestHeadersSpec<?> put(String key, String ifMatch, Object body) {
		return this.client.put()
			.uri("/api/v1/posts/" + this.post)
			.headers((headers) -> {
				headers.setBearerAuth(token(key));
				if (ifMatch != null) {
					headers.set("If-Match", ifMatch);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body);
	}

	private static Mono<Integer> status(WebTestClient.RequestHeadersSpec<?> request) {
		return Mono.fromCallable(() -> request.exchange().returnResult(String.class).getStatus().value())
			.subscribeOn(Schedulers.boundedElastic());
	}
}
