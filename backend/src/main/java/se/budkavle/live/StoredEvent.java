package se.budkavle.live;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event as read back from the log, with the frame clients receive serialised once for all of them.
 */
record StoredEvent(long id, String topic, String type, JsonNode payload, Set<UUID> recipients, Instant createdAt) {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	LiveEvent asLiveEvent(JsonMapper json) {
		return new LiveEvent(this.topic, this.type, json.convertValue(this.payload, MAP), this.recipients);
	}

	boolean addressedTo(UUID personId) {
		return this.recipients.isEmpty() || this.recipients.contains(personId);
	}

	/** The {@code event} frame of the protocol, as the UTF-8 text every socket that gets it is sent. */
	byte[] frame(JsonMapper json) {
		ObjectNode frame = json.createObjectNode();
		frame.put("type", "event");
		frame.put("id", this.id);
		frame.put("topic", this.topic);
		frame.put("event", this.type);
		frame.set("payload", this.payload);
		frame.put("at", this.createdAt.toString());
		return json.writeValueAsBytes(frame);
	}
}
