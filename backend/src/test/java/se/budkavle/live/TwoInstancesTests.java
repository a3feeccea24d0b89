package se.budkavle.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import se.budkavle.BudkavleApplication;
import se.budkavle.identity.DemoTokens;
import se.budkavle.org.Person;
import se.budkavle.platform.database.SharedTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two complete hubs on one PostgreSQL, as behind a load balancer without sticky sessions: what is published through
 * one reaches clients of the other, and a client that moves between them misses nothing and gets nothing twice.
 */
class TwoInstancesTests {

	/** The one database both hubs use, on the test JVM's shared PostgreSQL (SharedTestDatabase). */
	static String database;

	static Instance a;

	static Instance b;

	Person person;

	final String topic = "test:" + UUID.randomUUID();

	@BeforeAll
	static void start() {
		database = SharedTestDatabase.newMigratedDatabase();
		a = Instance.start(database);
		b = Instance.start(database);
	}

	@AfterAll
	static void stop() {
		if (a != null) {
			a.context.close();
		}
		if (b != null) {
			b.context.close();
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

			// "resumed" comes where the replay ended, somewhere among the events.
			int resumed = 0;
			while (received.size() < expected.size()) {
				var frame = client.next((f) -> List.of("event", "resumed").contains(f.path("type").stringValue("")),
						"event or resumed");
				if ("resumed".equals(frame.path("type").stringValue())) {
					resumed++;
				}
				else {
					received.add(frame.path("id").longValue());
				}
			}
			assertThat(received).containsExactlyElementsOf(expected);
			if (resumed == 0) {
				client.next("resumed");
			}
			long after = a.publish(LiveEvent.of(this.topic, "test.after", Map.of()));
			assertThat(client.eventIds(1)).containsExactly(after);
			client.send("{\"type\":\"ping\"}");
			client.next("pong");
			assertThat(client.drained()).noneMatch((frame) -> "event".equals(frame.path("type").stringValue("")));
		}
	}

	@Test
	void eventsCommittedWhileAnEarlierPublicationIsStillOpenReachSubscribersAndResumersOnceAndInIdOrder() throws Exception {
		this.person = a.person();
		try (var subscriber = LiveClient.signedIn(b.port(), b.token(this.person))) {
			subscriber.subscribe(this.topic);
			long before = a.publish(LiveEvent.of(this.topic, "test.before", Map.of()));
			assertThat(subscriber.eventIds(1)).containsExactly(before);

			Sinks.One<Long> drawn = Sinks.one();
			Sinks.Empty<Void> release = Sinks.empty();
			CompletableFuture<Long> slow = a.context.getBean(LiveEvents.class)
				.publish(LiveEvent.of(this.topic, "test.slow", Map.of()))
				.doOnNext(drawn::tryEmitValue)
				.flatMap((id) -> release.asMono().thenReturn(id))
				.as(a.transaction()::transactional)
				.subscribeOn(Schedulers.boundedElastic())
				.toFuture();
			long slowId = drawn.asMono().block(LiveClient.WAIT);

			// Later publications, through both instances, commit while the slow one is still open.
			long later = b.publish(LiveEvent.of(this.topic, "test.later", Map.of("n", 1)));
			long latest = a.publish(LiveEvent.of(this.topic, "test.later", Map.of("n", 2)));
			assertThat(slow).isNotDone();
			assertThat(List.of(slowId, later, latest)).isSorted();

			try (var resumer = LiveClient.signedIn(a.port(), a.token(this.person))) {
				resumer.subscribe(this.topic);
				resumer.send("{\"type\":\"resume\",\"after\":" + before + "}");
				subscriber.send("{\"type\":\"ping\"}");
				subscriber.next("pong");
				assertThat(subscriber.drained()).noneMatch((frame) -> "event".equals(frame.path("type").stringValue("")));

				release.tryEmitEmpty();
				assertThat(slow.get(LiveClient.WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(slowId);

				assertThat(subscriber.eventIds(3)).containsExactly(slowId, later, latest);
				assertThat(resumer.eventIds(3)).containsExactly(slowId, later, latest);
				long after = b.publish(LiveEvent.of(this.topic, "test.after", Map.of()));
				assertThat(subscriber.eventIds(1)).containsExactly(after);
				assertThat(resumer.eventIds(1)).containsExactly(after);
				for (var client : List.of(subscriber, resumer)) {
					client.send("{\"type\":\"ping\"}");
					client.next("pong");
					assertThat(client.drained()).noneMatch((frame) -> "event".equals(frame.path("type").stringValue("")));
				}
			}
		}
	}

	@Test
	void aRolledBackPublicationHoldsLaterEventsBackOnlyUntilTheTransactionsRunningThenHaveEnded() throws Exception {
		this.person = a.person();
		try (var subscriber = LiveClient.signedIn(a.port(), a.token(this.person))) {
			subscriber.subscribe(this.topic);
			// A transaction that writes nothing to the log but holds a transaction id, open across the rollback.
			Sinks.One<Long> running = Sinks.one();
			Sinks.Empty<Void> release = Sinks.empty();
			CompletableFuture<Long> bystander = b.context.getBean(DatabaseClient.class)
				.sql("select pg_current_xact_id()::text::bigint")
				.map((row) -> row.get(0, Long.class))
				.one()
				.doOnNext(running::tryEmitValue)
				.flatMap((xid) -> release.asMono().thenReturn(xid))
				.as(b.transaction()::transactional)
				.subscribeOn(Schedulers.boundedElastic())
				.toFuture();
			running.asMono().block(LiveClient.WAIT);

			b.publishing(LiveEvent.of(this.topic, "test.undone", Map.of()))
				.then(Mono.<Long>error(new IllegalStateException("the change fails")))
				.as(b.transaction()::transactional)
				.onErrorResume(IllegalStateException.class, (ex) -> Mono.empty())
				.block(LiveClient.WAIT);
			long later = a.publish(LiveEvent.of(this.topic, "test.later", Map.of()));

			release.tryEmitEmpty();
			bystander.get(LiveClient.WAIT.toSeconds(), TimeUnit.SECONDS);
			assertThat(subscriber.eventIds(1)).containsExactly(later);
		}
	}

	@Test
	void aTransactionRunningInAnotherDatabaseOfTheServerDoesNotHoldTheLogBack() throws Exception {
		this.person = a.person();
		// Another database on the same server, with a transaction that holds a transaction id and stays open: only
		// this database's transactions can hold an event id, so the gap below must not wait for it.
		try (var other = java.sql.DriverManager.getConnection(SharedTestDatabase.newMigratedDatabase(), "postgres", "");
				var subscriber = LiveClient.signedIn(a.port(), a.token(this.person))) {
			other.setAutoCommit(false);
			try (var statement = other.createStatement()) {
				statement.execute("select pg_current_xact_id()");
			}
			subscriber.subscribe(this.topic);
			b.publishing(LiveEvent.of(this.topic, "test.undone", Map.of()))
				.then(Mono.<Long>error(new IllegalStateException("the change fails")))
				.as(b.transaction()::transactional)
				.onErrorResume(IllegalStateException.class, (ex) -> Mono.empty())
				.block(LiveClient.WAIT);
			long later = a.publish(LiveEvent.of(this.topic, "test.later", Map.of()));

			assertThat(subscriber.eventIds(1)).as("delivered while the other database's transaction is still open")
				.containsExactly(later);
			other.rollback();
		}
	}

	/** The test topics, in each hub. */
	@Configuration(proxyBeanMethods = false)
	static class Topics {

		@Bean
		TestTopics testTopics() {
			return new TestTopics();
		}
	}

	/** One running hub. */
	record Instance(ConfigurableApplicationContext context) {

		static Instance start(String jdbcUrl) {
			var context = new SpringApplicationBuilder(BudkavleApplication.class, Topics.class).run(
					"--server.port=0", "--spring.r2dbc.url=" + jdbcUrl.replaceFirst("^jdbc:", "r2dbc:"),
					"--spring.r2dbc.username=postgres", "--spring.r2dbc.password=", "--spring.flyway.url=" + jdbcUrl,
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

		Mono<Long> publishing(LiveEvent event) {
			return this.context.getBean(LiveEvents.class).publish(event).as(transaction()::transactional);
		}

		TransactionalOperator transaction() {
			return TransactionalOperator.create(this.context.getBean(ReactiveTransactionManager.class));
		}
	}
}
