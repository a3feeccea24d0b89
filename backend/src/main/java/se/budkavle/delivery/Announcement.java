package se.budkavle.delivery;

import java.util.List;
import java.util.UUID;

/**
 * A post announced beyond the hub: to each unit's channel and to the people of its audience.
 *
 * @param postId the post
 * @param title the post's title
 * @param excerpt a short plain-text excerpt
 * @param link a relative hub link to the post
 * @param unitIds the units whose channels get the announcement
 */
public record Announcement(UUID postId, String title, String excerpt, String link, List<UUID> unitIds) {

	public Announcement {
		unitIds = List.copyOf(unitIds);
	}
}
