package se.budkavle.live;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The live gateway's figures for Prometheus: open sockets, topic subscriptions, events fanned out by this instance
 * and how long after their transaction they reached the sockets.
 */
@Component
class LiveMetrics {

	private final Counter events;

	private final Timer latency;

	private final Clock clock;

	LiveMetrics(MeterRegistry registry, OpenSockets sockets, Fanout fanout, Clock clock) {
		this.clock = clock;
		Gauge.builder("budkavle.live.connections", sockets, OpenSockets::count)
			.description("Open live sockets on this instance")
			.register(registry);
		Gauge.builder("budkavle.live.subscriptions", fanout, Fanout::subscriptions)
			.description("Topics followed, summed over this instance's sockets")
			.register(registry);
		this.events = Counter.builder("budkavle.live.events")
			.description("Events read from the log and fanned out by this instance")
			.register(registry);
		this.latency = Timer.builder("budkavle.live.fanout.latency")
			.description("From an event's transaction to its frames being queued for this instance's sockets")
			.publishPercentileHistogram()
			.register(registry);
	}

	void fannedOut(StoredEvent event) {
		this.events.increment();
		Duration age = Duration.between(event.createdAt(), this.clock.instant());
		this.latency.record(age.isNegative() ? Duration.ZERO : age);
	}
}
