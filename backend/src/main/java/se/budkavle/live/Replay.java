package se.budkavle.live;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a resuming client, in id order, the events of its topics it missed after a given id and may receive, read
 * back from the log page by page.
 */
@Component
class Replay {

	private final EventStore store;

	private final TopicPolicies policies;

	private final LiveProperties properties;

	private final JsonMapper json;

	Replay(EventStore store, TopicPolicies policies, LiveProperties properties, JsonMapper json) {
		this.store = store;
		this.policies = policies;
		this.properties = properties;
		this.json = json;
	}

	/**
	 * Replays the events after {@code after} up to {@code through}, where this instance's log reader stands: every event
	 * up to there is settled, and the fan-out brings the session every later one.
	 */
	Mono<Void> replay(LiveSession session, long after, long through) {
		Set<String> topics = session.topics();
		if (topics.isEmpty() || after >= through) {
			return Mono.empty();
		}
		return this.store.after(after, through, topics, this.properties.replayPage())
			.collectList()
			.flatMap((events) -> send(session, events).then(next(session, through, events)));
	}

	private Mono<Void> next(LiveSession session, long through, List<StoredEvent> events) {
		if (events.size() < this.properties.replayPage()) {
			return Mono.empty();
		}
		return Mono.defer(() -> replay(session, events.get(events.size() - 1).id(), through));
	}

	private Mono<Void> send(LiveSession session, List<StoredEvent> events) {
		return Flux.fromIterable(events)
			.filter((event) -> event.addressedTo(session.personId()))
			.concatMap((event) -> this.policies.mayReceive(event.asLiveEvent(this.json), List.of(session.personId()))
				.hasElements()
				.filter(Boolean::booleanValue)
				.doOnNext((allowed) -> session.replay(event.id(), event.frame(this.json))))
			.then();
	}
}
