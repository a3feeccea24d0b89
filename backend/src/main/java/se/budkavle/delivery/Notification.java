package se.budkavle.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * One message to one person, shown in the hub and sent by the enabled channels.
 *
 * @param recipientId the person
 * @param kind what the message is about, e.g. {@code acknowledgement.reminder}, {@code question.asked},
 * {@code question.escalated}, {@code post.important}
 * @param title a short subject line
 * @param body the plain text
 * @param link where the message leads ({@link DeepLinks}), or {@code null}; a relative hub link gets the hub's
 * address in front when sent
 * @param postId the post it concerns, or {@code null}
 * @param at the time it records, or {@code null} for now (an anonymous question's notifications give a coarser time)
 */
public record Notification(UUID recipientId, String kind, String title, String body, String link, UUID postId,
		Instant at) {

	/** A message recorded now. */
	public Notification(UUID recipientId, String kind, String title, String body, String link, UUID postId) {
		this(recipientId, kind, title, body, link, postId, null);
	}
}
