package se.budkavle.live;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.ConnectionFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

@LiveTest
class LiveEventsTests {

	@Autowired
	LiveEvents events;

	@Autowired
	DatabaseClient database;

	@Autowired
	ConnectionFactory connections;

	@Autowired
	ReactiveTransactionManager transactions;

	@Test
	void aRolledBackPublishIsNeitherStoredNorAnnounced() {
		var transaction = TransactionalOperator.create(this.transactions);
		Mono<Long> rolledBack = this.events.publish(LiveEvent.of("test:rollback", "test.undone", Map.of("n", 1)))
			.then(Mono.<Long>error(new IllegalStateException("the change fails")))
			.as(transaction::transactional)
			.onErrorResume(IllegalStateException.class, (ex) -> Mono.empty());
		Mono<Long> committed = this.events.publish(LiveEvent.of("test:rollback", "test.done", Map.of("n", 2)))
			.as(transaction::transactional);

		Flux<String> announced = Flux.usingWhen(listening(), (connection) -> connection.getNotifications()
			.map((notification) -> notification.getParameter())
			.mergeWith(rolledBack.then(committed).then(Mono.empty())), PostgresqlConnection::close);

		Long[] committedId = new Long[1];
		StepVerifier.create(announced.take(1))
			.assertNext((id) -> committedId[0] = Long.valueOf(id))
			.verifyComplete();
		var stored = this.database.sql("select id, type from event where topic = 'test:rollback' order by id")
			.map((row) -> row.get("type", String.class) + "#" + row.get("id", Long.class))
			.all()
			.collectList()
			.block(Duration.ofSeconds(10));
		assertThat(stored).containsExactly("test.done#" + committedId[0]);
	}

	@Test
	void publishOutsideATransactionIsStoredAndAnnouncedAtOnce() {
		Flux<String> announced = Flux.usingWhen(listening(), (connection) -> connection.getNotifications()
			.map((notification) -> notification.getParameter())
			.mergeWith(this.events.publish(LiveEvent.of("test:plain", "test.plain", Map.of())).then(Mono.empty())),
				PostgresqlConnection::close);

		StepVerifier.create(announced.take(1)).expectNextCount(1).verifyComplete();
	}

	private Mono<PostgresqlConnection> listening() {
		return Mono.from(InstanceListener.unpooled(this.connections).create())
			.cast(PostgresqlConnection.class)
			.flatMap((connection) -> connection.createStatement("listen " + EventLog.CHANNEL)
				.execute()
				.flatMap(PostgresqlResult::getRowsUpdated)
				.then(Mono.just(connection)));
	}
}
