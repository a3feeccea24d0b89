package se.budkavle.delivery;

import java.util.UUID;

/**
 * One message for one channel and one person or unit, as the dispatcher hands it to the channel.
 *
 * @param id the delivery's id (stable across attempts, usable for idempotency)
 * @param channel the channel's name
 * @param notification the notification, or {@code null} for an announcement
 * @param announcement the announcement, or {@code null} for a notification
 * @param recipient the person, or {@code null} for a unit channel
 * @param unitId the unit, or {@code null} for a person
 * @param unitExternalId the unit's id in the directory (what channel mappings are keyed by), or {@code null} for a
 * person
 * @param attempt this attempt's number, from 1
 */
public record Delivery(UUID id, String channel, Notification notification, Announcement announcement,
		Recipient recipient, UUID unitId, String unitExternalId, int attempt) {
}
