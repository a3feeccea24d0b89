package se.budkavle.live;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import se.budkavle.BudkavleApplication;
import se.budkavle.identity.DemoTokens;
import se.budkavle.org.Person;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two complete hubs on one PostgreSQL, as behind a load balancer without sticky sessions: what is published through
 * one reaches clients of the other, and a client that moves between them misses nothing and gets nothing twice.
 */
class TwoInstancesTests {

	static EmbeddedPostgres postgres;

	static Instance a;

	static Instance b;

	Person person;

	final String topic = "test:" + UUID.randomUUID();

	@BeforeAll
	static void start() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		a = Instance.start(postgres);
		b = Instance.start(postgres);
	}

	@AfterAll
	static void stop() throws IOException {
		if (a != null) {
			a.context.close();
		}
		if (b != null) {
			b.context.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void anEventPublishedThroughOneInstanceReachesAClientOfTheOther() {
		this.person = a.person();
		try (var client = LiveClient.signedIn(b.port(), b.token(this.person))) {
			client.subscribe(this.topic);
			long id = a.publish(LiveEvent.of(this.topic, "test.across", Map.of("from", "a")));

			var event = client.next("event");
			assertThat(event.path("id").longValue()).isEqualTo(id);
			assertThat(event.path("payload").path("from").stringValue()).isEqualTo("a");
		}
	}

	@Test
	void aClientThatDropsAndResumesOnTheOtherInstanceGetsEveryMissedEventOnceAndInOrder() {
		this.person = a.person();
		long lastSeen;
		try (var client = LiveClient.signedIn(a.port(), a.token(this.person))) {
			client.subscribe(this.topic);
			long first = b.publish(LiveEvent.of(this.topic, "test.seen", Map.of()));
			lastSeen = client.eventIds(1).get(0);
			assertThat(lastSeen).isEqualTo(first);
		}
		List<Long> expected = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			expected.add(((i % 2 == 0) ? a : b).publish(LiveEvent.of(this.topic, "test.missed", Map.of("n", i))));
		}

		try (var client = LiveClient.signedIn(b.port(), b.token(this.person))) {
			client.subscribe(this.topic);
			client.send("{\"type\":\"resume\",\"after\":" + lastSeen + "}");
			List<Long> received = new ArrayList<>(client.eventIds(1));
			// More events once the replay has begun, from both instances: the seam between replay and live delivery.
			List<Long> duringResume = Flux.range(0, 10)
				.concatMap((i) -> ((i % 2 == 0) ? a : b).publishing(LiveEvent.of(this.topic, "test.during", Map.of("n", i))))
				.collectList()
				.subscribeOn(Schedulers.boundedElastic())
				.block(LiveClient.WAIT);
			expected.addAll(duringResume);

			received.addAll(client.eventIds(expected.size() - 1));
			assertThat(received).containsExactlyElementsOf(expected);
			client.next("resumed");
			long after = a.publish(LiveEvent.of(this.topic, "test.after", Map.of()));
			assertThat(client.eventIds(1)).containsExactly(after);
			client.send("{\"type\":\"ping\"}");
			client.next("pong");
			assertThat(client.drained()).noneMatch((frame) -> "event".equals(frame.path("type").stringValue("")));
		}
	}

	/** One running hub. */
	record Instance(ConfigurableApplicationContext context) {

		static Instance start(EmbeddedPostgres postgres) {
			int port = postgres.getPort();
			var context = new SpringApplicationBuilder(BudkavleApplication.class, LiveTestConfiguration.class).run(
					"--server.port=0", "--spring.r2dbc.url=r2dbc:postgresql://localhost:" + port + "/postgres",
					"--spring.r2dbc.username=postgres", "--spring.r2dbc.password=",
					"--spring.flyway.url=jdbc:postgresql://localhost:" + port + "/postgres",
					"--spring.flyway.user=postgres", "--spring.flyway.password=", "--budkavle.demo.seed=false",
					"--budkavle.jobs.enabled=false", "--budkavle.live.heartbeat=1s");
			return new Instance(context);
		}

		int port() {
			return this.context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		}

		Person person() {
			return LivePeople.person(this.context.getBean(DatabaseClient.class), "Ahmed Hassan " + Instant.now())
				.block(LiveClient.WAIT);
		}

		/** Each instance signs with its own demo key; in production both would trust the same Keycloak. */
		String token(Person person) {
			return LivePeople.token(this.context.getBean(DemoTokens.class), person);
		}

		long publish(LiveEvent event) {
			return publishing(event).block(LiveClient.WAIT);
		}

		reactor.core.publisher.Mono<Long> publishing(LiveEvent event) {
			var transaction = TransactionalOperator.create(this.context.getBean(ReactiveTransactionManager.class));
			return this.context.getBean(LiveEvents.class).publish(event).as(transaction::transactional);
		}
	}
}
