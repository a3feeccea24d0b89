package se.budkavle.delivery;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

/**
 * A channel that fails a set number of times before it succeeds, and remembers what it sent.
 */
class TestChannel implements DeliveryChannel {

	final List<Delivery> sent = new CopyOnWriteArrayList<>();

	final AtomicInteger failuresLeft = new AtomicInteger();

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
		return Mono.empty();
	}

	void reset() {
		this.sent.clear();
		this.failuresLeft.set(0);
	}
}
