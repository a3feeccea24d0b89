package se.budkavle.live;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** STUB until feat/live is merged. */
public record LiveEvent(String topic, String type, Map<String, Object> payload, Set<UUID> recipients) {
}
