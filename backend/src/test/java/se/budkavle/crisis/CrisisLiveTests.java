package se.budkavle.crisis;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

import reactor.core.Disposable;
import reactor.core.publisher.Sinks;
import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the banners' live topic {@code crises} and the crisis role's {@code crisis-roll-call:<id>} deliver: a crisis
 * reaches the open widgets of the people it was sent to and nobody else's, "needs help" reaches the managers of the
 * person's units, and the all-clear ends it.
 */
class CrisisLiveTests extends HubTestSupport {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	DemoTokens tokens;

	@Test
	void aCrisisReachesTheBannersOfItsPeopleOnlyAndNeedsHelpReachesTheirManagers() throws Exception {
		try (Subscriber employee = subscribe("employee", "crises");
				Subscriber manager = subscribe("enhet-manager", "crises");
				Subscriber otherManager = subscribe("nord-manager", "crises")) {
			UUID syd = send(unit("hsf-aldre-hemtjanst-syd"));
			assertEvent(employee.nextEvent(), "crisis.sent", syd);
			assertEvent(manager.nextEvent(), "crisis.sent", syd);
			as("employee").post().uri("/api/v1/crises/" + syd + "/confirmations")
				.bodyValue(Map.of("status", "NEED_HELP")).exchange().expectStatus().isOk();
			JsonNode help = manager.nextEvent();
			assertEvent(help, "crisis.need-help", syd);
			assertThat(help.path("payload").path("displayName").stringValue("")).isEqualTo("Ahmed Hassan");
			as("director", Role.CRISIS).post().uri("/api/v1/crises/" + syd + "/all-clear")
				.bodyValue(Map.of("body", "Faran över.")).exchange().expectStatus().isOk();
			assertEvent(employee.nextEvent(), "crisis.all-clear", syd);
			// Nord's manager got nothing of Syd's crisis: the first event they see is the next crisis, sent to them.
			UUID aldre = send(unit("hsf-aldre"));
			assertEvent(otherManager.nextEvent(), "crisis.sent", aldre);
		}
	}

	@Test
	void theRollCallTopicIsForTheCrisisRoleAndNeedsHelpIsAnnouncedThere() throws Exception {
		UUID crisis = send(unit("hsf-aldre-hemtjanst-syd"));
		try (Subscriber employee = new Subscriber(token("employee"), "crisis-roll-call:" + crisis)) {
			assertThat(employee.denied()).isTrue();
		}
		try (Subscriber crisisRole = new Subscriber(token("director", Role.CRISIS), "crisis-roll-call:" + crisis)) {
			assertThat(crisisRole.denied()).isFalse();
			as("colleague").post().uri("/api/v1/crises/" + crisis + "/confirmations")
				.bodyValue(Map.of("status", "NEED_HELP")).exchange().expectStatus().isOk();
			assertEvent(crisisRole.nextEvent(), "crisis.need-help", crisis);
		}
	}

	private UUID send(UUID unit) {
		return UUID.fromString((String) as("director", Role.CRISIS).post().uri("/api/v1/crises")
			.bodyValue(CrisisApiTests.crisis("SAFETY", false, unit)).exchange().expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("id"));
	}

	private static void assertEvent(JsonNode frame, String type, UUID crisis) {
		assertThat(frame.path("event").stringValue("")).isEqualTo(type);
		assertThat(frame.path("payload").path("crisisId").stringValue("")).isEqualTo(crisis.toString());
	}

	private String token(String key, Role... roles) {
		return this.tokens.issue(this.organisation.personByExternalId("demo-" + key).block(), Set.of(roles))
			.accessToken();
	}

	private Subscriber subscribe(String key, String topic) throws InterruptedException {
		Subscriber subscriber = new Subscriber(token(key), topic);
		assertThat(subscriber.denied()).as("subscription allowed").isFalse();
		return subscriber;
	}

	/** A live socket signed in with a token and subscribed to one topic. */
	private final class Subscriber implements AutoCloseable {

		private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();

		private final Sinks.Many<String> outgoing = Sinks.many().unicast().onBackpressureBuffer();

		private final Disposable connection;

		private final boolean denied;

		Subscriber(String token, String topic) throws InterruptedException {
			this.connection = new ReactorNettyWebSocketClient()
				.execute(URI.create("ws://localhost:" + CrisisLiveTests.this.port + "/api/v1/live"),
						(session) -> session.send(this.outgoing.asFlux().map(session::textMessage))
							.and(session.receive()
								.map(WebSocketMessage::getPayloadAsText)
								.doOnNext((text) -> this.frames.add(json.readTree(text)))))
				.subscribe();
			this.outgoing.tryEmitNext("{\"type\":\"auth\",\"token\":\"" + token + "\"}");
			next("ready");
			this.outgoing.tryEmitNext("{\"type\":\"subscribe\",\"topics\":[\"" + topic + "\"]}");
			this.denied = !next("subscribed").path("denied").isEmpty();
		}

		boolean denied() {
			return this.denied;
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
