package se.budkavle.integration.graph;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last known users of the directory, brought up to date with a delta.
 */
public final class EntraUsers {

	private EntraUsers() {
	}

	/**
	 * Applies a delta to the users known before it.
	 * @param known the users after the previous sync (ignored when the delta is a full sync)
	 * @param delta the changes
	 * @return every user now in the directory, by id
	 */
	public static Map<String, EntraUser> merge(Collection<EntraUser> known, UserDelta delta) {
		Map<String, EntraUser> users = new LinkedHashMap<>();
		if (!delta.full()) {
			known.forEach((user) -> users.put(user.id(), user));
		}
		for (UserChange change : delta.changes()) {
			EntraUser before = users.get(change.user().id());
			users.put(change.user().id(), merged(before, change));
		}
		delta.removed().forEach(users::remove);
		return users;
	}

	private static EntraUser merged(EntraUser before, UserChange change) {
		EntraUser user = change.user();
		if (before == null) {
			return user;
		}
		// Absent in the entry means unchanged: the properties, the manager, or both.
		EntraUser properties = change.propertiesChanged() ? user : before;
		String manager = change.managerChanged() ? user.managerId() : before.managerId();
		return properties.withManager(manager);
	}
}
