package se.budkavle.live;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Something that changed and that widgets show live, addressed to a topic ({@code feed}, {@code post:<id>},
 * {@code acknowledgements:<postId>}) and optionally narrowed to named people.
 *
 * @param topic what subscribers follow, e.g. {@code post:4f0c…}
 * @param type what happened, e.g. {@code comment.created}
 * @param payload the JSON object sent to clients (keep it small: ids and counts, never content a reader may not see)
 * @param recipients the only people who may receive it; empty = anyone the topic's {@link TopicPolicy} allows
 * @param at the time the event records and clients see as {@code at}; {@code null} for the time it is appended (an
 * anonymous question's events give a coarser time)
 */
public record LiveEvent(String topic, String type, Map<String, Object> payload, Set<UUID> recipients, Instant at) {

	public LiveEvent {
		if (topic == null || topic.isBlank() || type == null || type.isBlank()) {
			throw new IllegalArgumentException("A live event needs a topic and a type");
		}
		payload = (payload != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(payload)) : Map.of();
		recipients = (recipients != null) ? Set.copyOf(recipients) : Set.of();
	}

	/** An event at the time it is appended. */
	public LiveEvent(String topic, String type, Map<String, Object> payload, Set<UUID> recipients) {
		this(topic, type, payload, recipients, null);
	}

	/** An event for everyone the topic's policy allows. */
	public static LiveEvent of(String topic, String type, Map<String, Object> payload) {
		return new LiveEvent(topic, type, payload, Set.of());
	}

	/** The same event, only for these people. */
	public LiveEvent to(Set<UUID> people) {
		return new LiveEvent(this.topic, this.type, this.payload, people, this.at);
	}

	/** The same event, recorded at the given time instead of the time it is appended ({@code null}: appended). */
	public LiveEvent at(Instant time) {
		return new LiveEvent(this.topic, this.type, this.payload, this.recipients, time);
	}

	/** Whether this person may get it as far as the recipients go (the topic's policy decides the rest). */
	public boolean addressedTo(UUID personId) {
		return this.recipients.isEmpty() || this.recipients.contains(personId);
	}
}
