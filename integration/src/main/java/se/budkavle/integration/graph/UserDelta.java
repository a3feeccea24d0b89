package se.budkavle.integration.graph;

import java.util.List;
import java.util.Set;

/**
 * The users that changed since a delta link (or all users, for a full sync), and the link for next time.
 *
 * @param full whether this is every user (first sync, or Graph asked for a resync with 410 Gone); then anything not
 * in {@code changes} no longer exists
 * @param changes the new and changed users, in page order
 * @param removed ids of users deleted or gone from the directory ({@code @removed})
 * @param deltaLink the {@code @odata.deltaLink} to start from next time
 * @param pages the number of pages fetched
 */
public record UserDelta(boolean full, List<UserChange> changes, Set<String> removed, String deltaLink, int pages) {

	public UserDelta {
		changes = List.copyOf(changes);
		removed = Set.copyOf(removed);
	}
}
