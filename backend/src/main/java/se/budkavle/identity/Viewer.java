package se.budkavle.identity;

import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person behind a request, resolved from the token against the organisation.
 *
 * @param personId the person's id in the organisation
 * @param displayName the person's name
 * @param email the person's e-mail address, or {@code null}
 * @param roles organisation-wide roles from the token
 */
public record Viewer(UUID personId, String displayName, String email, Set<Role> roles) {

	public Viewer {
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}
}
