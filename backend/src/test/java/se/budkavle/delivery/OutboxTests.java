package se.budkavle.delivery;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.Disposable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox with leases: rows are claimed in a statement of their own, sent with no transaction open, and a crash
 * between send and record re-sends only the deliveries that were in flight, once their lease has run out.
 */
class OutboxTests extends HubTestSupport {

	@Autowired
	Notifier notifier;

	@Autowired
	DeliveryDispatcher dispatcher;

	@Autowired
	DeliveryProperties properties;

	@Autowired
	TestChannel flaky;

	@Autowired
	MeterRegistry registry;

	UUID person;

	@BeforeEach
	void nothingDue() {
		this.flaky.reset();
		this.database.sql("update delivery set status = 'SENT' where status in ('PENDING', 'FAILED')").then().block();
		this.person = person("employee");
	}

	@AfterEach
	void openTheGate() {
		this.flaky.release();
	}

	@Test
	void whileADeliveryIsBeingSentNoTransactionIsOpenAndItsRowIsLeased() throws Exception {
		UUID delivery = flakyDeliveries(1).get(0);
		this.flaky.hold();
		CompletableFuture<Long> run = this.dispatcher.dispatch().toFuture();
		await().until(() -> this.flaky.sent.size() == 1);

		assertThat(openTransactions()).isZero();
		assertThat(row(delivery)).containsEntry("status", "PENDING").containsEntry("attempts", 1);
		assertThat(nextAttempt(delivery)).isEqualTo(START.plus(this.properties.lease()));

		double sentBefore = sentCount();
		this.flaky.release();
		assertThat(run.get()).isEqualTo(1L);
		assertThat(row(delivery)).containsEntry("status", "SENT").containsEntry("attempts", 1);
		assertThat(sentCount()).isEqualTo(sentBefore + 1);
	}

	@Test
	void theQueueGaugesCountWhatIsWaitingPerChannel() {
		this.flaky.failuresLeft.set(10);
		flakyDeliveries(2);
		this.dispatcher.dispatch().block();
		assertThat(this.registry.get("budkavle.delivery.queue").tags("channel", "flaky", "status", "FAILED").gauge()
			.value()).isEqualTo(2.0);
		assertThat(this.registry.get("budkavle.delivery.attempts").tags("channel", "flaky", "outcome", "failed")
			.counter()
			.count()).isGreaterThanOrEqualTo(2.0);
	}

	private double sentCount() {
		var counter = this.registry.find("budkavle.delivery.attempts").tags("channel", "flaky", "outcome", "sent").counter();
		return (counter != null) ? counter.count() : 0;
	}

	@Test
	void aCrashBetweenSendAndRecordResendsOnlyTheDeliveriesInFlightAfterTheirLease() {
		List<UUID> deliveries = flakyDeliveries(this.properties.concurrency() + 4);
		this.flaky.hold();
		Disposable crashed = this.dispatcher.dispatch().subscribe();
		await().until(() -> this.flaky.sent.size() == this.properties.concurrency());
		crashed.dispose();
		this.flaky.release();
		List<UUID> inFlight = this.flaky.sent.stream().map(Delivery::id).toList();

		// The rows in flight are leased: another run sends only the rest.
		assertThat(this.dispatcher.dispatch().block()).isEqualTo(4L);
		assertThat(sends()).hasSize(deliveries.size()).allSatisfy((id, count) -> assertThat(count).isEqualTo(1L));

		this.clock.advance(this.properties.lease());
		assertThat(this.dispatcher.dispatch().block()).isEqualTo((long) this.properties.concurrency());
		Map<UUID, Long> sends = sends();
		assertThat(sends.entrySet().stream().filter((entry) -> entry.getValue() == 2L).map(Map.Entry::getKey))
			.containsExactlyInAnyOrderElementsOf(inFlight);
		assertThat(sends.values()).allSatisfy((count) -> assertThat(count).isBetween(1L, 2L));
		assertThat(deliveries).allSatisfy((id) -> assertThat(row(id)).containsEntry("status", "SENT"));
		assertThat(this.dispatcher.dispatch().block()).isZero();
	}

	/** Notifies the employee {@code count} times and returns the test channel's deliveries (other channels done). */
	private List<UUID> flakyDeliveries(int count) {
		IntStream.range(0, count)
			.forEach((i) -> this.notifier
				.notify(new Notification(this.person, "test", "Utskick " + i, "Text", null, null))
				.block());
		this.database.sql("update delivery set status = 'SENT' where status = 'PENDING' and channel <> 'flaky'")
			.then()
			.block();
		return this.database.sql("select id from delivery where status = 'PENDING' and channel = 'flaky'")
			.map((row) -> row.get(0, UUID.class))
			.all()
			.collectList()
			.block();
	}

	private Map<UUID, Long> sends() {
		return this.flaky.sent.stream().collect(Collectors.groupingBy(Delivery::id, Collectors.counting()));
	}

	private long openTransactions() {
		return this.database.sql("""
				select count(*) from pg_stat_activity
				where datname = current_database() and state like 'idle in transaction%'""")
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
	}

	private Map<String, Object> row(UUID delivery) {
		return this.database.sql("select status, attempts from delivery where id = :id")
			.bind("id", delivery)
			.fetch()
			.one()
			.block();
	}

	private java.time.Instant nextAttempt(UUID delivery) {
		return this.database.sql("select next_attempt_at from delivery where id = :id")
			.bind("id", delivery)
			.map((row) -> row.get(0, java.time.Instant.class))
			.one()
			.block();
	}
}
