package se.budkavle.questions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts wrong follow-up keys per person, so nobody can try key after key: after {@code follow-up-attempts} wrong
 * keys within {@code follow-up-attempt-window} the next try is refused until the oldest wrong key leaves the window.
 * Kept in memory on each instance and never linked to a question: a wrong key opens nothing to link.
 */
@Component
class FollowUpAttempts {

	private final Map<UUID, Deque<Instant>> wrong = new ConcurrentHashMap<>();

	private final QuestionsProperties properties;

	private final Clock clock;

	FollowUpAttempts(QuestionsProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** Fails with {@link FollowUpAttemptsExceeded} when the person has used up their wrong keys for now. */
	void check(UUID personId) {
		Instant now = this.clock.instant();
		Deque<Instant> times = this.wrong.get(personId);
		if (times == null) {
			return;
		}
		synchronized (times) {
			forgetOld(times, now);
			if (times.size() >= this.properties.followUpAttempts()) {
				throw new FollowUpAttemptsExceeded(Duration.between(now, times.peekFirst()
					.plus(this.properties.followUpAttemptWindow())));
			}
		}
	}

	/** Records one wrong key by the person. */
	void wrongKey(UUID personId) {
		Instant now = this.clock.instant();
		Deque<Instant> times = this.wrong.computeIfAbsent(personId, (id) -> new ArrayDeque<>());
		synchronized (times) {
			forgetOld(times, now);
			times.addLast(now);
		}
		this.wrong.values().removeIf((other) -> other != times && isStale(other, now));
	}

	private void forgetOld(Deque<Instant> times, Instant now) {
		Instant start = now.minus(this.properties.followUpAttemptWindow());
		while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
			times.pollFirst();
		}
	}

	private boolean isStale(Deque<Instant> times, Instant now) {
		synchronized (times) {
			forgetOld(times, now);
			return times.isEmpty();
		}
	}
}
