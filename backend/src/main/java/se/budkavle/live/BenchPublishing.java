package se.budkavle.live;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.budkavle.identity.Viewer;

/**
 * For the fan-out benchmark only ({@code budkavle.live.bench-endpoint=true}, off by default): publishes an event on a
 * {@code bench:*} topic through the real transactional path, and lets any signed-in person follow those topics.
 */
@RestController
@ConditionalOnBooleanProperty("budkavle.live.bench-endpoint")
class BenchPublishing implements TopicPolicy {

	static final String TOPICS = "bench:";

	/** The one event type of the {@code bench:*} topics. */
	static final String EVENT = "bench.event";

	private final LiveEvents events;

	private final TransactionalOperator transaction;

	BenchPublishing(LiveEvents events, ReactiveTransactionManager transactions) {
		this.events = events;
		this.transaction = TransactionalOperator.create(transactions);
	}

	@Operation(operationId = "publishBenchEvent", summary = "Publish a benchmark event",
			description = "Only when budkavle.live.bench-endpoint is true (off by default), for any signed-in person. "
					+ "Publishes an event on a bench: topic through the live gateway's real transactional path, for the "
					+ "fan-out benchmark.")
	@PostMapping("/api/v1/live/bench/events")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<Map<String, Long>> publish(@RequestBody BenchEvent event) {
		String topic = TOPICS + ((event.topic() != null) ? event.topic() : "default");
		return this.events.publish(LiveEvent.of(topic, EVENT, event.payload()))
			.as(this.transaction::transactional)
			.map((id) -> Map.of("id", id));
	}

	@Override
	public boolean handles(String topic) {
		return topic.startsWith(TOPICS);
	}

	@Override
	public Mono<Boolean> maySubscribe(Viewer viewer, String topic) {
		return Mono.just(true);
	}

	@Override
	public Flux<UUID> mayReceive(LiveEvent event, Collection<UUID> personIds) {
		return Flux.fromIterable(personIds);
	}

	record BenchEvent(String topic, Map<String, Object> payload) {
	}
}
