package se.budkavle.acknowledgement;

import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

import se.budkavle.identity.Role;
import se.budkavle.identity.RoleScope;
import se.budkavle.news.PostAccess;

/**
 * Whose acknowledgements a viewer may follow on one post: everyone in its audience, or only the people counted in the
 * units the viewer manages (with their subunits) and in the subtrees their role is scoped to.
 *
 * @param postId the post
 * @param viewerId the viewer
 * @param whole whether the viewer sees the whole audience
 * @param units the units (subtrees included) a scoped role gives the viewer, beside those they manage
 * @param roots the units those subtrees hang from, by which the progress is grouped
 */
record Scope(UUID postId, UUID viewerId, boolean whole, List<UUID> units, List<UUID> roots) {

	/**
	 * Audience rows within the scope, for SQL that names the audience {@code pa}; binds {@code :whole},
	 * {@code :viewerId} and {@code :scopeUnits} (see {@link #bind}).
	 */
	static final String AUDIENCE_FILTER = """
			(:whole or pa.unit_id = any(:scopeUnits)
			        or pa.unit_id in (select c.descendant_id from org_unit_manager um
			                          join org_unit_subtree c on c.ancestor_id = um.unit_id
			                          where um.person_id = :viewerId))""";

	Scope {
		units = List.copyOf(units);
		roots = List.copyOf(roots);
	}

	/** The whole audience, or the managed part of it. */
	Scope(UUID postId, UUID viewerId, boolean whole) {
		this(postId, viewerId, whole, List.of(), List.of());
	}

	/** The managed part of the audience and the part in the role's subtrees. */
	static Scope restricted(UUID postId, UUID viewerId, RoleScope role) {
		return new Scope(postId, viewerId, false, List.copyOf(role.units()), List.copyOf(role.roots()));
	}

	/** Binds the parameters of {@link #AUDIENCE_FILTER}. */
	DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec) {
		return spec.bind("whole", this.whole)
			.bind("viewerId", this.viewerId)
			.bind("scopeUnits", this.units.toArray(UUID[]::new));
	}

	/** Authors, HR and admins whose role holds for the whole post follow the whole audience. */
	static boolean seesWholeAudience(PostAccess access) {
		return access.author() || access.roles().contains(Role.HR) || access.roles().contains(Role.ADMIN);
	}

	/**
	 * Who may see the names of those still pending: the author, HR and the managers of the units (a restricted
	 * scope); administrators only when the deployment allows it.
	 */
	static boolean seesPendingNames(PostAccess access, Scope scope, boolean adminsSeePending) {
		return !scope.whole() || access.author() || access.roles().contains(Role.HR) || adminsSeePending;
	}

	/** Authors, and communicators and admins whose role holds for the whole post, remind the whole audience. */
	static boolean remindsWholeAudience(PostAccess access) {
		return access.author() || access.roles().contains(Role.COMMUNICATOR) || access.roles().contains(Role.ADMIN);
	}
}
