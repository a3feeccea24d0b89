package se.budkavle.identity.web;

import java.util.Arrays;
import java.util.Locale;

import se.budkavle.identity.Role;
import se.budkavle.platform.Cursor;

/**
 * Reads the role API's parameters, refusing what it cannot use with {@link InvalidRoleRequest}.
 */
final class RoleParameters {

	private RoleParameters() {
	}

	static Role role(String name) {
		return Arrays.stream(Role.values())
			.filter((role) -> role.realmRole().equals(name.toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new InvalidRoleRequest("role",
					"must be one of communicator, hr, admin, crisis, records (was \"" + name + "\")"));
	}

	static int limit(Integer limit, int fallback) {
		if (limit == null) {
			return fallback;
		}
		if (limit < 1 || limit > Cursor.MAX_LIMIT) {
			throw new InvalidRoleRequest("limit", "must be between 1 and " + Cursor.MAX_LIMIT);
		}
		return limit;
	}
}
