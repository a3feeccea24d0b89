package se.budkavle.live;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Holds each person to {@code budkavle.live.max-sockets-per-person} signed-in sockets on this instance, so one token
 * cannot hold open hundreds of sockets (each costs a session buffer and a share of every fan-out).
 */
@Component
class SocketsPerPerson {

	private final Map<UUID, Set<LiveSession>> open = new ConcurrentHashMap<>();

	private final int max;

	SocketsPerPerson(LiveProperties properties) {
		this.max = properties.maxSocketsPerPerson();
	}

	/** Counts the session as one of the person's sockets, unless they have the most allowed already. */
	boolean admit(UUID personId, LiveSession session) {
		boolean[] admitted = { false };
		this.open.compute(personId, (id, sessions) -> {
			Set<LiveSession> held = (sessions != null) ? sessions : ConcurrentHashMap.newKeySet();
			if (held.contains(session) || held.size() < this.max) {
				held.add(session);
				admitted[0] = true;
			}
			return held.isEmpty() ? null : held;
		});
		return admitted[0];
	}

	/** The session has ended: it no longer counts. */
	void release(UUID personId, LiveSession session) {
		this.open.computeIfPresent(personId, (id, sessions) -> {
			sessions.remove(session);
			return sessions.isEmpty() ? null : sessions;
		});
	}
}
