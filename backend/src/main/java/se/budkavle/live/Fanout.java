package se.budkavle.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * This instance's sockets by topic: each new event goes to the sockets following its topic whose person is among its
 * recipients and allowed by the topic's policy. Per event, the policy is asked once for the distinct people, the frame
 * is serialised once, and each event loop gets one task that hands the frame to its own sockets.
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
		List<LiveSession> candidates = new ArrayList<>();
		Set<UUID> people = new HashSet<>();
		for (LiveSession session : sessions) {
			if (event.addressedTo(session.personId())) {
				candidates.add(session);
				people.add(session.personId());
			}
		}
		if (candidates.isEmpty()) {
			return Mono.empty();
		}
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
		byte[] frame = event.frame(this.json);
		Map<Executor, List<LiveSession>> byLoop = new HashMap<>();
		for (LiveSession session : candidates) {
			if (allowed.contains(session.personId())) {
				byLoop.computeIfAbsent(session.loop(), (loop) -> new ArrayList<>()).add(session);
			}
		}
		long id = event.id();
		// One task per event loop, queued in event order: each socket gets its frames in id order, written by its own
		// loop; a socket that does not keep up fills its own bounded queue and is closed, holding up no other.
		byLoop.forEach((loop, recipients) -> execute(loop, () -> recipients.forEach((session) -> deliver(session, id, frame))));
	}

	private static void execute(Executor loop, Runnable task) {
		try {
			loop.execute(task);
		}
		catch (RejectedExecutionException ex) {
			// The loop is shutting down, and its sockets are closed with it.
			logger.debug("An event loop refused live frames; it is shutting down", ex);
		}
	}

	private static void deliver(LiveSession session, long id, byte[] frame) {
		try {
			session.deliver(id, frame);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not hand live event " + id + " to a socket; it is closed", ex);
			session.close(LiveCloseCodes.TOO_SLOW);
		}
	}
}
