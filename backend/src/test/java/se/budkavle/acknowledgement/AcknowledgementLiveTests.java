package se.budkavle.acknowledgement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.DemoTokens;
import se.budkavle.live.LiveSubscriber;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a live subscriber of {@code acknowledgements:<postId>} receives, compared with what the same person may read
 * about the post's progress over HTTP.
 */
class AcknowledgementLiveTests extends HubTestSupport {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void aManagerOfOneTargetedUnitLearnsLiveNothingBeyondTheProgressTheyMayReadOverHttp(
			@org.springframework.beans.factory.annotation.Autowired DemoTokens tokens) throws Exception {
		UUID post = postToBothHomeCareUnits();
		var manager = this.organisation.personByExternalId("demo-nord-manager").block();
		try (LiveSubscriber live = new LiveSubscriber(this.port, tokens.issue(manager, Set.of()).accessToken(),
				"acknowledgements:" + post)) {
			assertThat(live.denied()).as("topics refused").isEmpty();
			as("employee").put().uri("/api/v1/posts/{id}/acknowledgement", post).exchange().expectStatus().isOk();
			JsonNode event = live.nextEvent();
			JsonNode overHttp = json.readTree(as("nord-manager").get()
				.uri("/api/v1/posts/{id}/acknowledgements", post)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody());
			assertThat(event.path("event").stringValue("")).isEqualTo("acknowledgement.progress");
			List<String> figures = new ArrayList<>();
			event.path("payload").properties().forEach((field) -> {
				if (!field.getKey().equals("postId")) {
					figures.add(field.getKey() + "=" + field.getValue() + " (over HTTP: "
							+ overHttp.path(field.getKey()) + ")");
				}
			});
			assertThat(figures).as("figures the live event carries beyond the post's id").isEmpty();
			assertThat(event.path("payload").path("postId").stringValue("")).isEqualTo(post.toString());
			assertThat(overHttp.path("acknowledged").intValue()).as("Nord's own progress over HTTP").isZero();
		}
	}

	private UUID postToBothHomeCareUnits() {
		Map<String, Object> body = Map.of("title", "Nytt schema", "body", "Schemat för december är klart.",
				"targets",
				List.of(Map.of("unitId", unit("hsf-aldre-hemtjanst-syd").toString(), "includeSubunits", true),
						Map.of("unitId", unit("hsf-aldre-hemtjanst-nord").toString(), "includeSubunits", true)),
				"acknowledgement", Map.of("required", true, "deadline", START.plus(Duration.ofDays(3)).toString()));
		return UUID.fromString(as("avdelning-manager").post()
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
