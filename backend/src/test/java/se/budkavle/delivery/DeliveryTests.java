package se.budkavle.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import se.budkavle.platform.jobs.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = { "budkavle.delivery.max-attempts=3", "budkavle.delivery.initial-backoff=1m" })
class DeliveryTests {

	static final Instant START = Instant.parse("2026-11-30T08:00:00Z");

	@Autowired
	Notifier notifier;

	@Autowired
	DeliveryDispatcher dispatcher;

	@Autowired
	DatabaseClient database;

	@Autowired
	MutableClock clock;

	@Autowired
	TestChannel flaky;

	@Autowired
	ReactiveTransactionManager transactions;

	UUID person;

	@BeforeEach
	void person() {
		this.clock.set(START);
		this.flaky.reset();
		this.database.sql("update delivery set status = 'SENT' where status in ('PENDING', 'FAILED')").then().block();
		this.person = this.database.sql("""
				insert into person (external_id, display_name, email)
				values ('delivery-' || gen_random_uuid(), 'Ahmed Hassan', 'ahmed-' || gen_random_uuid() || '@test.budkavle.se')
				returning id""")
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
	}

	@Test
	void notifyStoresTheNotificationAndOnePendingDeliveryPerEnabledChannelThatReachesPeople() {
		UUID id = this.notifier.notify(reminder()).block();

		assertThat(row("select kind, title, created_at, read_at from notification where id = '" + id + "'"))
			.containsEntry("kind", "acknowledgement.reminder")
			.containsEntry("title", "Påminnelse");
		assertThat(rows("select channel, status, attempts from delivery where notification_id = '" + id + "'"))
			.containsExactly(Map.of("channel", "flaky", "status", "PENDING", "attempts", 0));
	}

	@Test
	void aFailedDeliveryIsRetriedAfterTheBackoffAndThenSent() {
		this.flaky.failuresLeft.set(1);
		UUID id = this.notifier.notify(reminder()).block();

		StepVerifier.create(this.dispatcher.dispatch()).expectNext(1L).verifyComplete();
		assertThat(delivery(id)).containsEntry("status", "FAILED")
			.containsEntry("attempts", 1)
			.containsEntry("last_error", "IllegalStateException: channel down");

		StepVerifier.create(this.dispatcher.dispatch()).expectNext(0L).verifyComplete();
		this.clock.advance(Duration.ofMinutes(1));
		StepVerifier.create(this.dispatcher.dispatch()).expectNext(1L).verifyComplete();

		assertThat(delivery(id)).containsEntry("status", "SENT").containsEntry("attempts", 2);
		assertThat(this.flaky.sent).singleElement().satisfies((delivery) -> {
			assertThat(delivery.attempt()).isEqualTo(2);
			assertThat(delivery.recipient().id()).isEqualTo(this.person);
			assertThat(delivery.recipient().email()).startsWith("ahmed-").endsWith("@test.budkavle.se");
			assertThat(delivery.notification()).isEqualTo(reminder());
		});
	}

	@Test
	void theWaitDoublesAfterEachFailureAndTheDeliveryIsGivenUpAfterTheLastAttempt() {
		this.flaky.failuresLeft.set(10);
		UUID id = this.notifier.notify(reminder()).block();

		this.dispatcher.dispatch().block();
		assertThat(nextAttempt(id)).isEqualTo(START.plus(Duration.ofMinutes(1)));
		this.clock.advance(Duration.ofMinutes(1));
		this.dispatcher.dispatch().block();
		assertThat(nextAttempt(id)).isEqualTo(START.plus(Duration.ofMinutes(3)));
		this.clock.advance(Duration.ofMinutes(2));
		this.dispatcher.dispatch().block();

		assertThat(delivery(id)).containsEntry("status", "GAVE_UP").containsEntry("attempts", 3);
		this.clock.advance(Duration.ofDays(1));
		StepVerifier.create(this.dispatcher.dispatch()).expectNext(0L).verifyComplete();
	}

	@Test
	void notificationsJoinTheCallersTransaction() {
		var transaction = TransactionalOperator.create(this.transactions);
		StepVerifier.create(transaction.transactional(this.notifier.notify(reminder())
			.then(Mono.error(new IllegalStateException("caller fails"))))).verifyError(IllegalStateException.class);

		assertThat(rows("select id from notification where recipient_id = '" + this.person + "'")).isEmpty();
		assertThat(rows("select id from delivery where person_id = '" + this.person + "'")).isEmpty();
	}

	private Notification reminder() {
		return new Notification(this.person, "acknowledgement.reminder", "Påminnelse", "Bekräfta att du har läst",
				"/posts/1", null);
	}

	private Map<String, Object> delivery(UUID notificationId) {
		return row("select status, attempts, last_error from delivery where notification_id = '" + notificationId + "'");
	}

	private Instant nextAttempt(UUID notificationId) {
		return this.database.sql("select next_attempt_at from delivery where notification_id = :id")
			.bind("id", notificationId)
			.map((row) -> row.get(0, Instant.class))
			.one()
			.block()
			.truncatedTo(ChronoUnit.SECONDS);
	}

	private Map<String, Object> row(String sql) {
		return this.database.sql(sql).fetch().one().block();
	}

	private List<Map<String, Object>> rows(String sql) {
		return this.database.sql(sql).fetch().all().collectList().block();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Channels {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(START);
		}

		@Bean
		TestChannel flaky() {
			return new TestChannel("flaky", true, false);
		}

		@Bean
		TestChannel off() {
			return new TestChannel("off", false, false);
		}

		@Bean
		TestChannel teams() {
			return new TestChannel("teams", true, true);
		}
	}
}
