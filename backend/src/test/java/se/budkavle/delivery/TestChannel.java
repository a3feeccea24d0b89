package se.budkavle.delivery;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * A channel that fails a set number of times before it succeeds, and remembers what it sent.
 */
class TestChannel implements DeliveryChannel {

	final List<Delivery> sent = new CopyOnWriteArrayList<>();

	final AtomicInteger failuresLeft = new AtomicInteger();

	/** While set, a send has gone out but does not complete until the gate opens (a slow or stalled network). */
	volatile Sinks.Empty<Void> gate;

	private final String name;

	private final boolean enabled;

	private final boolean units;

	TestChannel(String name, boolean enabled, boolean units) {
		this.name = name;
		this.enabled = enabled;
		this.units = units;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public boolean enabled() {
		return this.enabled;
	}

	@Override
	public boolean reachesPeople() {
		return !this.units;
	}

	@Override
	public boolean reachesUnits() {
		return this.units;
	}

	@Override
	public Mono<Void> deliver(Delivery delivery) {
		if (this.failuresLeft.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) {
			return Mono.error(new IllegalStateException("channel down"));
		}
		this.sent.add(delivery);
		Sinks.Empty<Void> waiting = this.gate;
		return (waiting != null) ? waiting.asMono() : Mono.empty();
	}

	void hold() {
		this.gate = Sinks.empty();
	}

	void release() {
		Sinks.Empty<Void> waiting = this.gate;
		this.gate = null;
		if (waiting != null) {
			waiting.tryEmitEmpty();
		}
	}

	void reset() {
		release();
		this.sent.clear();
		this.failuresLeft.set(0);
	}
}
