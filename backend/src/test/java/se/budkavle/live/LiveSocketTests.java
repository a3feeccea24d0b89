package se.budkavle.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;
import se.budkavle.identity.DemoTokens;
import se.budkavle.org.Person;
import se.budkavle.platform.jobs.MutableClock;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@LiveTest
class LiveSocketTests {

	@LocalServerPort
	int port;

	@Autowired
	LiveEvents events;

	@Autowired
	DatabaseClient database;

	@Autowired
	ReactiveTransactionManager transactions;

	@Autowired
	DemoTokens tokens;

	@Autowired
	TestTopics topics;

	@Autowired
	MutableClock clock;

	Person ahmed;

	Person sofia;

	final String topic = "test:" + UUID.randomUUID();

	@BeforeEach
	void people() {
		this.clock.set(Instant.now());
		this.topics.reset();
		this.ahmed = LivePeople.person(this.database, "Ahmed Hassan").block();
		this.sofia = LivePeople.person(this.database, "Sofia Nilsson").block();
	}

	@AfterEach
	void clock() {
		this.clock.set(Instant.now());
	}

	@Test
	void aClientSignsInWithItsFirstMessage() {
		try (var client = LiveClient.connect(this.port)) {
			client.send("{\"type\":\"auth\",\"token\":\"" + token(this.ahmed) + "\"}");
			assertThat(client.next("ready")).isNotNull();
		}
	}

	@Test
	void aClientSignsInWithTheBearerSubprotocol() {
		String token = token(this.ahmed);
		try (var client = LiveClient.withSubprotocolToken(this.port, token)) {
			assertThat(client.next("ready")).isNotNull();
			assertThat(client.subscribe(this.topic).path("topics").get(0).stringValue()).isEqualTo(this.topic);
			assertThat(client.subprotocol()).as("the protocol the handshake answered with")
				.isEqualTo("bearer")
				.doesNotContain(token);
		}
	}

	@Test
	void aPersonHoldsAtMostTheConfiguredNumberOfSocketsAndTheNextIsClosedWith4409() {
		var person = LivePeople.person(this.database, "Many Sockets").block();
		List<LiveClient> open = new ArrayList<>();
		try {
			for (int i = 0; i < 10; i++) {
				open.add(LiveClient.signedIn(this.port, token(person)));
			}
			try (var eleventh = LiveClient.connect(this.port)) {
				eleventh.send("{\"type\":\"auth\",\"token\":\"" + token(person) + "\"}");
				assertThat(eleventh.closeStatus().getCode()).isEqualTo(4409);
			}
			try (var someoneElse = LiveClient.signedIn(this.port, token(this.sofia))) {
				assertThat(someoneElse.subscribe(this.topic).path("topics").get(0).stringValue()).isEqualTo(this.topic);
			}
			open.remove(0).close();
			await().atMost(LiveClient.WAIT).untilAsserted(() -> {
				try (var again = LiveClient.connect(this.port)) {
					again.send("{\"type\":\"auth\",\"token\":\"" + token(person) + "\"}");
					assertThat(again.next("ready")).isNotNull();
				}
			});
		}
		finally {
			open.forEach(LiveClient::close);
		}
	}

	@Test
	void aClientThatSubscribesBeforeSigningInIsClosedWith4401() {
		try (var client = LiveClient.connect(this.port)) {
			client.send("{\"type\":\"subscribe\",\"topics\":[\"" + this.topic + "\"]}");
			assertThat(client.closeStatus().getCode()).isEqualTo(4401);
		}
	}

	@Test
	void anInvalidTokenIsClosedWith4401() {
		try (var client = LiveClient.connect(this.port)) {
			client.send("{\"type\":\"auth\",\"token\":\"not.a.token\"}");
			assertThat(client.closeStatus().getCode()).isEqualTo(4401);
		}
	}

	@Test
	void aClientThatNeverSignsInIsClosedWith4401() {
		try (var client = LiveClient.connect(this.port)) {
			assertThat(client.closeStatus().getCode()).isEqualTo(4401);
			assertThat(client.drained()).isEmpty();
		}
	}

	@Test
	void aTokenForSomeoneOutsideTheOrganisationIsClosedWith4403() {
		var stranger = new Person(UUID.randomUUID(), "nobody", "Nobody", "nobody@elsewhere.example", null, true);
		try (var client = LiveClient.connect(this.port)) {
			client.send("{\"type\":\"auth\",\"token\":\"" + token(stranger) + "\"}");
			assertThat(client.closeStatus().getCode()).isEqualTo(4403);
		}
	}

	@Test
	void anExpiredTokenClosesTheSocketWith4401() {
		// The token is issued as if 30 minutes ago, so it expires a few seconds from now.
		this.clock.set(Instant.now().minus(Duration.ofMinutes(30)).plusSeconds(3));
		String shortLived = token(this.ahmed);
		this.clock.set(Instant.now());
		try (var client = LiveClient.signedIn(this.port, shortLived)) {
			client.subscribe(this.topic);
			var status = client.closeStatus();
			assertThat(status.getCode()).isEqualTo(4401);
			assertThat(status.getReason()).isEqualTo("token expired");
		}
	}

	@Test
	void aSignedInClientGetsHeartbeats() {
		try (var client = LiveClient.signedIn(this.port, token(this.ahmed))) {
			assertThat(client.next("heartbeat")).isNotNull();
			client.send("{\"type\":\"ping\"}");
			assertThat(client.next("pong")).isNotNull();
		}
	}

	@Test
	void deniedAndUnknownTopicsAreReportedAndDeliverNothing() {
		try (var client = LiveClient.signedIn(this.port, token(this.ahmed))) {
			JsonNode subscribed = client.subscribe(this.topic, TestTopics.CLOSED, "nobody-handles:this");
			assertThat(subscribed.path("topics").valueStream().map(JsonNode::stringValue)).containsExactly(this.topic);
			assertThat(subscribed.path("denied").valueStream().map(JsonNode::stringValue))
				.containsExactly(TestTopics.CLOSED, "nobody-handles:this");

			publish(LiveEvent.of(TestTopics.CLOSED, "test.secret", Map.of()));
			publish(LiveEvent.of("nobody-handles:this", "test.secret", Map.of()));
			long open = publish(LiveEvent.of(this.topic, "test.open", Map.of("n", 1)));

			JsonNode event = client.next("event");
			assertThat(event.path("id").longValue()).isEqualTo(open);
			assertThat(event.path("topic").stringValue()).isEqualTo(this.topic);
			assertThat(event.path("event").stringValue()).isEqualTo("test.open");
			assertThat(event.path("payload").path("n").intValue()).isEqualTo(1);
			assertThat(event.path("at").stringValue()).isNotBlank();
		}
	}

	@Test
	void eventsReachOnlyTheirRecipientsAndThoseThePolicyAllows() {
		try (var ahmedsClient = LiveClient.signedIn(this.port, token(this.ahmed));
				var sofiasClient = LiveClient.signedIn(this.port, token(this.sofia))) {
			ahmedsClient.subscribe(this.topic);
			sofiasClient.subscribe(this.topic);

			publish(LiveEvent.of(this.topic, "test.private", Map.of()).to(Set.of(this.sofia.id())));
			publish(LiveEvent.of(this.topic, "test.policy", Map.of("exclude", this.sofia.id().toString())));
			publish(LiveEvent.of(this.topic, "test.everyone", Map.of()));

			assertThat(types(ahmedsClient, 2)).containsExactly("test.policy", "test.everyone");
			assertThat(types(sofiasClient, 2)).containsExactly("test.private", "test.everyone");
		}
	}

	private static List<String> types(LiveClient client, int count) {
		return java.util.stream.IntStream.range(0, count)
			.mapToObj((i) -> client.next("event").path("event").stringValue())
			.toList();
	}

	@Test
	void unsubscribingStopsDelivery() {
		try (var client = LiveClient.signedIn(this.port, token(this.ahmed))) {
			String other = this.topic + ":other";
			client.subscribe(this.topic, other);
			client.send("{\"type\":\"unsubscribe\",\"topics\":[\"" + this.topic + "\"]}");
			assertThat(client.next("subscribed").path("topics").valueStream().map(JsonNode::stringValue))
				.containsExactly(other);
			publish(LiveEvent.of(this.topic, "test.gone", Map.of()));
			long kept = publish(LiveEvent.of(other, "test.kept", Map.of()));
			assertThat(client.eventIds(1)).containsExactly(kept);
		}
	}

	@Test
	void resumeReplaysWhatWasMissedOnceAndInOrderThenContinuesLive() {
		long seen = publish(LiveEvent.of(this.topic, "test.seen", Map.of()));
		List<Long> missed = List.of(publish(LiveEvent.of(this.topic, "test.missed", Map.of("n", 1))),
				publish(LiveEvent.of(this.topic + ":elsewhere", "test.other-topic", Map.of())),
				publish(LiveEvent.of(this.topic, "test.missed", Map.of("n", 2))),
				publish(LiveEvent.of(this.topic, "test.missed", Map.of("n", 3))));
		try (var client = LiveClient.signedIn(this.port, token(this.ahmed))) {
			client.subscribe(this.topic);
			client.send("{\"type\":\"resume\",\"after\":" + seen + "}");

			assertThat(client.eventIds(3)).containsExactly(missed.get(0), missed.get(2), missed.get(3));
			assertThat(client.next("resumed").path("through").longValue()).isEqualTo(missed.get(3));
			long live = publish(LiveEvent.of(this.topic, "test.live", Map.of()));
			assertThat(client.eventIds(1)).containsExactly(live);
			client.send("{\"type\":\"ping\"}");
			client.next("pong");
			assertThat(client.drained()).isEmpty();
		}
	}

	@Test
	void aRolledBackChangeNeverReachesAClient() {
		try (var client = LiveClient.signedIn(this.port, token(this.ahmed))) {
			client.subscribe(this.topic);
			TransactionalOperator.create(this.transactions)
				.transactional(this.events.publish(LiveEvent.of(this.topic, "test.undone", Map.of()))
					.then(Mono.error(new IllegalStateException("the change fails"))))
				.onErrorResume(IllegalStateException.class, (ex) -> Mono.empty())
				.block(LiveClient.WAIT);
			long committed = publish(LiveEvent.of(this.topic, "test.done", Map.of()));

			JsonNode first = client.next("event");
			assertThat(first.path("id").longValue()).isEqualTo(committed);
			assertThat(first.path("event").stringValue()).isEqualTo("test.done");
		}
	}

	private long publish(LiveEvent event) {
		return this.events.publish(event).as(TransactionalOperator.create(this.transactions)::transactional)
			.block(LiveClient.WAIT);
	}

	private String token(Person person) {
		return LivePeople.token(this.tokens, person);
	}
}
