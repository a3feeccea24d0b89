package se.budkavle.news;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.DemoTokens;
import se.budkavle.live.LiveSubscriber;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a live subscriber of {@code feed} receives, compared with the posts the same person may read over HTTP.
 */
class FeedLiveTests extends HubTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	DemoTokens tokens;

	@Test
	void aFeedSubscriberHearsOfExactlyThePostsTheyMayReadOverHttpAndOfNothingButTheirIds() {
		List<String> people = List.of("employee", "colleague", "nord-worker", "outsider", "admin");
		Map<String, LiveSubscriber> live = new LinkedHashMap<>();
		try {
			people.forEach((person) -> live.put(person, subscriber(person)));
			Set<UUID> posts = Set.of(post("enhet-manager", "hsf-aldre-hemtjanst-syd", "Nytt schema i Syd"),
					post("nord-manager", "hsf-aldre-hemtjanst-nord", "Nytt i Nord"),
					post("director", "hsf-forskola", "Till förskolorna"));
			UUID everyone = post("director", "hsf", "Till alla");
			for (String person : people) {
				List<JsonNode> events = live.get(person)
					.eventsUntil((event) -> everyone.toString().equals(event.path("payload").path("postId").stringValue("")));
				Set<UUID> told = new HashSet<>();
				for (JsonNode event : events) {
					assertThat(event.path("payload").properties().stream().map(Map.Entry::getKey).toList())
						.as(person + ": what a feed event carries")
						.containsExactly("postId");
					told.add(UUID.fromString(event.path("payload").path("postId").stringValue("")));
				}
				Set<UUID> readable = new HashSet<>();
				posts.stream().filter((post) -> mayRead(person, post)).forEach(readable::add);
				readable.add(everyone);
				assertThat(told).as(person + ": posts told of live, against posts readable over HTTP")
					.isEqualTo(readable);
			}
		}
		finally {
			live.values().forEach(LiveSubscriber::close);
		}
	}

	private LiveSubscriber subscriber(String person) {
		var viewer = this.organisation.personByExternalId("demo-" + person).block();
		return new LiveSubscriber(this.port, this.tokens.issue(viewer, Set.of()).accessToken(), "feed");
	}

	private boolean mayRead(String person, UUID post) {
		return as(person).get().uri("/api/v1/posts/{id}", post).exchange().returnResult(String.class).getStatus()
			.is2xxSuccessful();
	}

	private UUID post(String author, String unit, String title) {
		Map<String, Object> body = Map.of("title", title, "body", "Läs mer på APT.", "targets",
				List.of(Map.of("unitId", unit(unit).toString(), "includeSubunits", true)));
		return UUID.fromString(as(author).post()
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
}
