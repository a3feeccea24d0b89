package se.budkavle.acknowledgement;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

import reactor.core.Disposable;
import reactor.core.publisher.Sinks;
import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.DemoTokens;
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
		try (Subscriber live = new Subscriber(tokens.issue(manager, Set.of()).accessToken(),
				"acknowledgements:" + post)) {
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

	/** A live socket signed in with a token and subscribed to one topic. */
	private final class Subscriber implements AutoCloseable {

		private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();

		private final Sinks.Many<String> outgoing = Sinks.many().unicast().onBackpressureBuffer();

		private final Disposable connection;

		Subscriber(String token, String topic) throws InterruptedException {
			this.connection = new ReactorNettyWebSocketClient()
				.execute(URI.create("ws://localhost:" + AcknowledgementLiveTests.this.port + "/api/v1/live"),
						(session) -> session.send(this.outgoing.asFlux().map(session::textMessage))
							.and(session.receive()
								.map(WebSocketMessage::getPayloadAsText)
								.doOnNext((text) -> this.frames.add(json.readTree(text)))))
				.subscribe();
			this.outgoing.tryEmitNext("{\"type\":\"auth\",\"token\":\"" + token + "\"}");
			next("ready");
			this.outgoing.tryEmitNext("{\"type\":\"subscribe\",\"topics\":[\"" + topic + "\"]}");
			assertThat(next("subscribed").path("denied").isEmpty()).as("subscription allowed").isTrue();
		}

		JsonNode nextEvent() throws InterruptedException {
			return next("event");
		}

		private JsonNode next(String type) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (true) {
				JsonNode frame = this.frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
				assertThat(frame).as("a " + type + " frame within 30 s").isNotNull();
				if (type.equals(frame.path("type").stringValue(""))) {
					return frame;
				}
			}
		}

		@Override
		public void close() {
			this.outgoing.tryEmitComplete();
			this.connection.dispose();
		}
	}
}
