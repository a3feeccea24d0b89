package se.budkavle.live;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * This instance's sockets by topic: each new event goes to the sockets following its topic whose person is among its
 * recipients and allowed by the topic's policy (one policy call per event for all of them).
 */
@Component
class Fanout {

	private static final Log logger = LogFactory.getLog(Fanout.class);

	private final ConcurrentMap<String, Set<LiveSession>> followers = new ConcurrentHashMap<>();

	private final TopicPolicies policies;

	private final JsonMapper json;

	Fanout(TopicPolicies policies, JsonMapper json) {
		this.policies = policies;
		this.json = json;
	}

	void follow(LiveSession session, String topic) {
		this.followers.computeIfAbsent(topic, (key) -> ConcurrentHashMap.newKeySet()).add(session);
	}

	void unfollow(LiveSession session, String topic) {
		this.followers.computeIfPresent(topic, (key, sessions) -> {
			sessions.remove(session);
			return sessions.isEmpty() ? null : sessions;
		});
	}

	/** Topic subscriptions summed over this instance's sockets. */
	int subscriptions() {
		return this.followers.values().stream().mapToInt(Set::size).sum();
	}

	void forget(LiveSession session) {
		session.topics().forEach((topic) -> unfollow(session, topic));
	}

	Mono<Void> deliver(StoredEvent event) {
		Set<LiveSession> sessions = this.followers.get(event.topic());
		if (sessions == null) {
			return Mono.empty();
		}
		List<LiveSession> candidates = sessions.stream()
			.filter((session) -> event.addressedTo(session.personId()))
			.toList();
		if (candidates.isEmpty()) {
			return Mono.empty();
		}
		Set<UUID> people = candidates.stream().map(LiveSession::personId).collect(Collectors.toSet());
		return this.policies.mayReceive(event.asLiveEvent(this.json), people)
			.collect(Collectors.toSet())
			.doOnNext((allowed) -> send(event, candidates, allowed))
			.onErrorResume((ex) -> {
				logger.warn("Could not decide who receives live event " + event.id() + "; it goes to nobody", ex);
				return Mono.empty();
			})
			.then();
	}

	private void send(StoredEvent event, List<LiveSession> candidates, Set<UUID> allowed) {
		if (allowed.isEmpty()) {
			return;
		}
		String frame = event.frame(this.json);
		for (LiveSession session : candidates) {
			if (allowed.contains(session.personId())) {
				session.deliver(event.id(), frame);
			}
		}
	}
}
