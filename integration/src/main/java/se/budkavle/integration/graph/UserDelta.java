package se.budkavle.integration.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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

	/**
	 * This delta followed by the next page of the same fetch: its changes after these, and a user removed here but
	 * seen again on the page no longer removed (the last entry of a user counts).
	 * @param page the next page; one numbered 1 starts over (Graph asked for a full resync) and replaces this
	 * @return both together, with the page's delta link and number
	 */
	public UserDelta then(UserDelta page) {
		if (page.pages() == 1) {
			return page;
		}
		List<UserChange> all = new ArrayList<>(this.changes);
		all.addAll(page.changes());
		Set<String> gone = new LinkedHashSet<>(this.removed);
		page.changes().forEach((change) -> gone.remove(change.user().id()));
		gone.addAll(page.removed());
		return new UserDelta(page.full(), all, gone, page.deltaLink(), page.pages());
	}
}
