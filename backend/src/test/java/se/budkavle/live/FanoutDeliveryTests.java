package se.budkavle.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import se.budkavle.identity.DemoTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fan-out end to end: many sockets of distinct people, spread over the server's event loops, and events published
 * concurrently by many transactions.
 */
@LiveTest
class FanoutDeliveryTests {

	static final int SUBSCRIBERS = 24;

	static final int EVENTS = 40;

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

	final String topic = "test:" + UUID.randomUUID();

	@Test
	void everySubscriberOfADistinctPersonGetsEachEventExactlyOnceAndInOrderWhenEventsArePublishedConcurrently() {
		List<LiveClient> clients = new ArrayList<>();
		try {
			for (int i = 0; i < SUBSCRIBERS; i++) {
				var person = LivePeople.person(this.database, "Prenumerant " + i).block();
				var client = LiveClient.signedIn(this.port, LivePeople.token(this.tokens, person));
				client.subscribe(this.topic);
				clients.add(client);
			}
			List<Long> published = Flux.range(0, EVENTS)
				.flatMap((n) -> this.events.publish(LiveEvent.of(this.topic, "test.concurrent", Map.of("n", n)))
					.as(TransactionalOperator.create(this.transactions)::transactional), 8)
				.sort()
				.collectList()
				.block(LiveClient.WAIT);

			for (LiveClient client : clients) {
				assertThat(client.eventIds(EVENTS)).as("each event once, in id order").isEqualTo(published);
				client.send("{\"type\":\"ping\"}");
				client.next("pong");
				assertThat(client.drained()).as("nothing after the last event").isEmpty();
			}
		}
		finally {
			clients.forEach(LiveClient::close);
		}
	}
}
