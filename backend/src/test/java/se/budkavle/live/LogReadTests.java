package se.budkavle.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read of the event log against the database itself, at the moment a publisher commits: the read's snapshot is taken
 * while the publisher runs, and the publisher has committed by the time the read looks at pg_stat_activity.
 */
@LiveTest
class LogReadTests {

	static final String TOPIC = "test:log-read";

	static final long WAIT = LiveClient.WAIT.toSeconds();

	@Autowired
	LiveEvents events;

	@Autowired
	EventStore store;

	@Autowired
	DatabaseClient database;

	@Autowired
	ReactiveTransactionManager transactions;

	@Test
	void anEventWhosePublisherCommitsBetweenTheReadsSnapshotAndItsLookAtRunningTransactionsIsNotPassedOver()
			throws Exception {
		TransactionalOperator committed = TransactionalOperator.create(this.transactions);
		// A publishes and holds its transaction open; B publishes after it (a higher id) and commits.
		CompletableFuture<Long> published = new CompletableFuture<>();
		Sinks.Empty<Void> commitA = Sinks.empty();
		CompletableFuture<Long> a = this.events.publish(event("a"))
			.doOnNext(published::complete)
			.flatMap((id) -> commitA.asMono().thenReturn(id))
			.as(committed::transactional)
			.toFuture();
		long idA = published.get(WAIT, TimeUnit.SECONDS);
		long idB = this.events.publish(event("b")).as(committed::transactional).block(LiveClient.WAIT);
		assertThat(idB).isGreaterThan(idA);

		// The read's snapshot is taken while A runs (its first statement, repeatable read); A then commits; then the
		// read runs, and pg_stat_activity no longer shows A.
		DefaultTransactionDefinition repeatable = new DefaultTransactionDefinition();
		repeatable.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		CompletableFuture<Void> snapshotTaken = new CompletableFuture<>();
		Sinks.Empty<Void> read = Sinks.empty();
		CompletableFuture<EventStore.Page> page = this.database.sql("select 1")
			.fetch()
			.rowsUpdated()
			.then(Mono.fromRunnable(() -> snapshotTaken.complete(null)))
			.then(read.asMono())
			.then(this.store.after(idA - 1, 100))
			.as(TransactionalOperator.create(this.transactions, repeatable)::transactional)
			.toFuture();
		snapshotTaken.get(WAIT, TimeUnit.SECONDS);
		commitA.tryEmitEmpty();
		a.get(WAIT, TimeUnit.SECONDS);
		read.tryEmitEmpty();

		LogHorizon horizon = new LogHorizon();
		horizon.start(new LogHorizon.Snapshot(idA - 1, 0, -1));
		List<Long> handedOut = new ArrayList<>();
		EventStore.Page first = page.get(WAIT, TimeUnit.SECONDS);
		assertThat(ids(first.events())).as("the read sees B, not A").containsExactly(idB);
		ids(horizon.settle(first.events(), first.snapshot())).forEach(handedOut::add);
		assertThat(handedOut).as("B waits: A was running when the read's snapshot was taken").isEmpty();

		EventStore.Page next = this.store.after(horizon.position(), 100).block(LiveClient.WAIT);
		ids(horizon.settle(next.events(), next.snapshot())).forEach(handedOut::add);
		assertThat(handedOut).as("every event once, in id order").containsExactly(idA, idB);
	}

	private static LiveEvent event(String name) {
		return LiveEvent.of(TOPIC, "test.read", Map.of("name", name));
	}

	/** The ids of this test's events (the context's other tests publish on other topics). */
	private static List<Long> ids(List<StoredEvent> events) {
		return events.stream().filter((event) -> TOPIC.equals(event.topic())).map(StoredEvent::id).toList();
	}
}
