package se.budkavle.delivery;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The outbox's figures for Prometheus: attempts by channel and outcome ({@code sent}, {@code failed},
 * {@code gave_up}), and the deliveries waiting, failed or given up per channel as of the last dispatcher run.
 */
@Component
class DeliveryMetrics {

	private static final String QUEUE = """
			select channel, status, count(*) as deliveries from delivery
			where status in ('PENDING', 'FAILED', 'GAVE_UP') group by channel, status""";

	private final MeterRegistry registry;

	private final MultiGauge queue;

	private final DatabaseClient database;

	DeliveryMetrics(MeterRegistry registry, DatabaseClient database) {
		this.registry = registry;
		this.database = database;
		this.queue = MultiGauge.builder("budkavle.delivery.queue")
			.description("Deliveries by channel and status (PENDING, FAILED, GAVE_UP) at the last dispatcher run")
			.register(registry);
	}

	void attempted(String channel, String outcome) {
		this.registry.counter("budkavle.delivery.attempts", "channel", channel, "outcome", outcome).increment();
	}

	/** Reads the queue's size per channel and status; a failure leaves the last figures in place. */
	Mono<Void> refresh() {
		return this.database.sql(QUEUE)
			.map((row) -> MultiGauge.Row.of(
					Tags.of("channel", row.get("channel", String.class), "status", row.get("status", String.class)),
					row.get("deliveries", Long.class)))
			.all()
			.collectList()
			.doOnNext((rows) -> this.queue.register(List.copyOf(rows), true))
			.onErrorResume((ex) -> Mono.empty())
			.then();
	}
}
