package se.budkavle.demo;

import java.util.Map;
import java.util.Set;

import se.budkavle.identity.Role;

/**
 * One of the fixed people a visitor can see the demo as, placed at a known spot in the demo organisation.
 *
 * @param key the stable key clients use, such as {@code employee}
 * @param displayName the person's name
 * @param email the person's e-mail address
 * @param jobTitle the person's job title
 * @param description one Swedish sentence on who this is and what to try
 * @param roles the organisation-wide roles the persona's tokens carry
 * @param scopedRoles roles the role table gives the persona when the demo is seeded, each for the subtree under the
 * unit with the given directory id
 */
record DemoPersona(String key, String displayName, String email, String jobTitle, String description,
		Set<Role> roles, Map<Role, String> scopedRoles) {

	private static final String EXTERNAL_ID_PREFIX = "demo-";

	DemoPersona {
		roles = Set.copyOf(roles);
		scopedRoles = Map.copyOf(scopedRoles);
	}

	String externalId() {
		return EXTERNAL_ID_PREFIX + this.key;
	}
}
