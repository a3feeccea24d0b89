package se.budkavle.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One page of a person's notifications and the cursor of the next.
 *
 * @param items the notifications, newest first
 * @param next the {@code after} value of the next page, or {@code null} on the last
 */
record NotificationPage(List<Item> items, String next) {

	/** One notification as the widgets show it. */
	record Item(UUID id, String kind, String title, String body, String link, UUID postId, Instant createdAt,
			Instant readAt) {
	}
}
