package se.budkavle.news;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.DemoTokens;
import se.budkavle.live.LiveSubscriber;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a live subscriber of {@code post:<id>} receives (the post's edits, comments and reactions), compared with what
 * the same person may read of the post and its thread over HTTP, before and after the post expires.
 */
class PostTopicLiveTests extends HubTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> PEOPLE = List.of("employee", "colleague", "avdelning-manager", "nord-manager",
			"outsider");

	@LocalServerPort
	int port;

	@Autowired
	DemoTokens tokens;

	/** Clients signed in before the clock moves, so that their tokens stay valid. */
	private final Map<String, WebTestClient> http = new HashMap<>();

	@Test
	void aPostSubscriberLearnsLiveOnlyWhatTheyMayReadOverHttpAndNothingOnceThePostHasExpiredForThem() {
		for (String person : List.of("enhet-manager", "director", "employee", "colleague", "avdelning-manager",
				"nord-manager", "outsider")) {
			this.http.put(person, as(person));
		}
		UUID post = expiringPost();
		String topic = "post:" + post;
		Map<String, LiveSubscriber> live = new LinkedHashMap<>();
		try {
			PEOPLE.forEach((person) -> live.put(person, subscriber(person, topic)));
			for (String person : PEOPLE) {
				assertThat(live.get(person).denied().contains(topic)).as(person + " denied the topic")
					.isEqualTo(status(person, "/api/v1/posts/" + post) != 200);
			}
			List<String> followers = PEOPLE.stream().filter((person) -> !live.get(person).denied().contains(topic)).toList();
			assertThat(followers).containsExactly("employee", "colleague", "avdelning-manager");

			UUID comment = comment(post);
			this.http.get("employee").put().uri("/api/v1/comments/{id}/reactions/HEART", comment).exchange()
				.expectStatus().isOk();
			for (String person : followers) {
				List<JsonNode> events = live.get(person)
					.eventsUntil((event) -> "reaction.changed".equals(event.path("event").stringValue("")));
				JsonNode thread = read(person, "/api/v1/posts/" + post + "/comments");
				for (JsonNode event : events) {
					assertThat(keys(event.path("payload"))).as(person + ": what a post event carries")
						.isSubsetOf("postId", "commentId", "replyTo", "reactions");
					assertThat(ids(thread.path("items"))).as(person + ": the comment over HTTP")
						.contains(event.path("payload").path("commentId").stringValue(""));
				}
				JsonNode reactions = events.get(events.size() - 1).path("payload").path("reactions");
				for (JsonNode count : thread.path("items").get(0).path("reactions")) {
					assertThat(reactions.path(count.path("kind").stringValue("")).asLong(0))
						.as(person + ": " + count.path("kind") + " live and over HTTP")
						.isEqualTo(count.path("count").longValue());
				}
			}

			this.clock.advance(Duration.ofMinutes(10));
			this.http.get("enhet-manager").post().uri("/api/v1/comments/{id}/moderation", comment)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("action", "HIDE", "reason", "Hör inte hit"))
				.exchange()
				.expectStatus().isOk();
			UUID marker = post("director", "hsf");
			for (String person : followers) {
				List<JsonNode> told = live.get(person)
					.eventsUntil((event) -> marker.toString().equals(event.path("payload").path("postId").stringValue("")))
					.stream()
					.filter((event) -> topic.equals(event.path("topic").stringValue("")))
					.toList();
				boolean readable = status(person, "/api/v1/posts/" + post) == 200;
				assertThat(told.isEmpty()).as(person + " told of the expired post's thread live; readable over HTTP: "
						+ readable).isEqualTo(!readable);
			}
		}
		finally {
			live.values().forEach(LiveSubscriber::close);
		}
	}

	private LiveSubscriber subscriber(String person, String topic) {
		var viewer = this.organisation.personByExternalId("demo-" + person).block();
		return new LiveSubscriber(this.port, this.tokens.issue(viewer, Set.of()).accessToken(), topic, "feed");
	}

	private int status(String person, String uri) {
		return this.http.get(person).get().uri(uri).exchange().returnResult(String.class).getStatus().value();
	}

	private JsonNode read(String person, String uri) {
		return JSON.readTree(this.http.get(person).get().uri(uri).exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody());
	}

	private static List<String> ids(JsonNode items) {
		List<String> ids = new java.util.ArrayList<>();
		items.forEach((item) -> ids.add(item.path("id").stringValue("")));
		return ids;
	}

	private static List<String> keys(JsonNode node) {
		return node.properties().stream().map(Map.Entry::getKey).toList();
	}

	private UUID expiringPost() {
		return create("enhet-manager", Map.of("title", "Nytt schema", "body", "Schemat för december är klart.",
				"commentsEnabled", true, "expiresAt", this.clock.instant().plus(Duration.ofMinutes(5)).toString(),
				"targets", List.of(Map.of("unitId", unit("hsf-aldre-hemtjanst-syd").toString(), "includeSubunits", true))));
	}

	private UUID post(String author, String unit) {
		return create(author, Map.of("title", "Till alla", "body", "Läs mer på APT.", "targets",
				List.of(Map.of("unitId", unit(unit).toString(), "includeSubunits", true))));
	}

	private UUID create(String author, Map<String, Object> body) {
		return UUID.fromString(this.http.get(author).post()
			.uri("/api/v1/posts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString());
	}

	private UUID comment(UUID post) {
		return UUID.fromString(this.http.get("colleague").post()
			.uri("/api/v1/posts/{id}/comments", post)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("body", "Bra att veta!"))
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
