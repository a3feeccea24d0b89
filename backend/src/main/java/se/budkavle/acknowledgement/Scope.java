package se.budkavle.acknowledgement;

import java.util.UUID;

import se.budkavle.identity.Role;
import se.budkavle.news.PostAccess;

/**
 * Whose acknowledgements a viewer may follow on one post: everyone in its audience, or only the people counted in the
 * units the viewer manages (with their subunits).
 *
 * @param postId the post
 * @param viewerId the viewer
 * @param whole whether the viewer sees the whole audience
 */
record Scope(UUID postId, UUID viewerId, boolean whole) {

	/** Audience rows within the scope, for SQL that names the audience {@code pa}; binds {@code :whole}, {@code :viewerId}. */
	static final String AUDIENCE_FILTER = """
			(:whole or pa.unit_id in (select c.descendant_id from unit_manager um
			                          join unit_closure c on c.ancestor_id = um.unit_id
			                          where um.person_id = :viewerId))""";

	/** Authors, HR and admins follow the whole audience. */
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

	/** Authors, communicators and admins remind the whole audience. */
	static boolean remindsWholeAudience(PostAccess access) {
		return access.author() || access.roles().contains(Role.COMMUNICATOR) || access.roles().contains(Role.ADMIN);
	}
}
