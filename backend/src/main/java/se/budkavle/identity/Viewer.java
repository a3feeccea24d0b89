package se.budkavle.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The signed-in person behind a request, resolved from the token against the organisation, with where each of their
 * roles holds (the whole organisation or unit subtrees, from the token and the role table).
 *
 * @param personId the person's id in the organisation
 * @param displayName the person's name
 * @param email the person's e-mail address, or {@code null}
 * @param scopes where each role the person holds applies; roles not held are absent
 */
public record Viewer(UUID personId, String displayName, String email, Map<Role, RoleScope> scopes) {

	public Viewer {
		scopes = scopes.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().held())
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** A viewer holding the given roles for the whole organisation. */
	public Viewer(UUID personId, String displayName, String email, Set<Role> roles) {
		this(personId, displayName, email,
				roles.stream().collect(Collectors.toMap(Function.identity(), (role) -> RoleScope.WHOLE, (a, b) -> a,
						() -> new EnumMap<>(Role.class))));
	}

	/** The roles the person holds for the whole organisation. */
	public Set<Role> roles() {
		return this.scopes.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().whole())
			.map(Map.Entry::getKey)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Whether the person holds the role for the whole organisation. */
	public boolean hasRole(Role role) {
		return scope(role).whole();
	}

	/** Whether the person holds the role for the unit (for the whole organisation or a subtree it lies in). */
	public boolean hasRoleFor(Role role, UUID unitId) {
		return scope(role).covers(unitId);
	}

	/** Whether the person holds the role for every one of the units. */
	public boolean hasRoleForAll(Role role, Collection<UUID> unitIds) {
		return scope(role).coversAll(unitIds);
	}

	/** Whether the person holds the role anywhere, for the whole organisation or for some subtree. */
	public boolean holds(Role role) {
		return scope(role).held();
	}

	/** Where the person holds any of the roles. */
	public RoleScope scope(Role... roles) {
		return Arrays.stream(roles)
			.map((role) -> this.scopes.getOrDefault(role, RoleScope.NONE))
			.reduce(RoleScope.NONE, RoleScope::union);
	}
}
