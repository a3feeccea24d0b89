package se.budkavle.identity;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Works out where a person's roles hold: the token's realm roles for the whole organisation, the token's scoped roles
 * (by the unit's directory id or hub id) and the role table's grants, each scoped grant widened to its whole subtree
 * through the unit closure.
 */
@Component
class RoleScopes {

	private static final String GRANTS = """
			with grants as (
			    select g.role, g.unit_id as root from role_grant g
			    where g.person_id = :personId and g.revoked_at is null
			    union
			    select t.role, u.id from unnest(cast(:tokenRoles as text[]), cast(:tokenUnits as text[])) as t(role, ref)
			    join org_unit u on u.external_id = t.ref or u.id::text = t.ref)
			select g.role, g.root, c.descendant_id as unit_id
			from grants g left join org_unit_subtree c on c.ancestor_id = g.root""";

	private final DatabaseClient database;

	RoleScopes(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Where each role holds for the person.
	 * @param personId the person
	 * @param wholeRoles roles the token gives for the whole organisation
	 * @param scopedRoles roles the token gives for unit subtrees
	 * @return the scope of every role held
	 */
	Mono<Map<Role, RoleScope>> of(UUID personId, Set<Role> wholeRoles, List<ScopedRoleClaim> scopedRoles) {
		return this.database.sql(GRANTS)
			.bind("personId", personId)
			.bind("tokenRoles", scopedRoles.stream().map((claim) -> claim.role().name()).toArray(String[]::new))
			.bind("tokenUnits", scopedRoles.stream().map(ScopedRoleClaim::unit).toArray(String[]::new))
			.map((row) -> new GrantRow(Role.valueOf(row.get("role", String.class)), row.get("root", UUID.class),
					row.get("unit_id", UUID.class)))
			.all()
			.collectList()
			.map((rows) -> scopes(wholeRoles, rows));
	}

	private static Map<Role, RoleScope> scopes(Set<Role> wholeRoles, List<GrantRow> rows) {
		Set<Role> whole = new HashSet<>(wholeRoles);
		Map<Role, Set<UUID>> roots = new HashMap<>();
		Map<Role, Set<UUID>> units = new HashMap<>();
		for (GrantRow row : rows) {
			if (row.root() == null) {
				whole.add(row.role());
			}
			else {
				roots.computeIfAbsent(row.role(), (role) -> new HashSet<>()).add(row.root());
				units.computeIfAbsent(row.role(), (role) -> new HashSet<>()).add(row.unitId());
			}
		}
		Map<Role, RoleScope> scopes = new EnumMap<>(Role.class);
		roots.forEach((role, ids) -> scopes.put(role, new RoleScope(false, ids, units.get(role))));
		whole.forEach((role) -> scopes.put(role, RoleScope.WHOLE));
		return scopes;
	}

	private record GrantRow(Role role, UUID root, UUID unitId) {
	}

	/**
	 * A role the token gives for the subtree under one unit.
	 *
	 * @param role the role
	 * @param unit the unit's directory id (external id) or hub id
	 */
	record ScopedRoleClaim(Role role, String unit) {
	}
}
