package se.budkavle.live;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.budkavle.identity.Viewer;

/**
 * A topic policy for tests: {@code test:*} topics, {@code test:closed} denied to everyone, and events withheld from the
 * people a test excludes (or the one an event's {@code exclude} names).
 */
final class TestTopics implements TopicPolicy {

	static final String CLOSED = "test:closed";

	private final Set<UUID> excluded = ConcurrentHashMap.newKeySet();

	void exclude(UUID personId) {
		this.excluded.add(personId);
	}

	void reset() {
		this.excluded.clear();
	}

	@Override
	public boolean handles(String topic) {
		return topic.startsWith("test:");
	}

	@Override
	public Mono<Boolean> maySubscribe(Viewer viewer, String topic) {
		return Mono.just(!CLOSED.equals(topic));
	}

	@Override
	public Flux<UUID> mayReceive(LiveEvent event, Collection<UUID> personIds) {
		Object excludedByEvent = event.payload().get("exclude");
		return Flux.fromIterable(personIds)
			.filter((person) -> !this.excluded.contains(person) && !person.toString().equals(excludedByEvent));
	}
}
