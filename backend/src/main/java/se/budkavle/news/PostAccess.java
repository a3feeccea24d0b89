package se.budkavle.news;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import se.budkavle.identity.Role;

/**
 * What a viewer may do with a post, so that modules around news (acknowledgement, comments, reach, live) decide the
 * same way news does.
 *
 * @param postId the post
 * @param authorId who wrote it
 * @param title its current title
 * @param status its status
 * @param publishedAt when it was published, or {@code null} while scheduled
 * @param commentsEnabled whether it takes comments
 * @param acknowledgementRequired whether it asks readers to confirm "Jag har läst"
 * @param acknowledgementDeadline by when, or {@code null}
 * @param inAudience whether the viewer was in the audience resolved at publication
 * @param author whether the viewer wrote it
 * @param managesTarget whether the viewer is manager or deputy of a targeted unit or of a unit above one
 * @param roles the viewer's roles that hold for the whole post: held for the whole organisation, or for subtrees that
 * cover every unit it targets
 * @param partRoles the viewer's roles that hold for at least part of what it targets: scoped to a subtree that lies
 * within (or overlaps) it
 * @param expired whether its expiry time has passed
 */
public record PostAccess(UUID postId, UUID authorId, String title, PostStatus status, Instant publishedAt,
		boolean commentsEnabled, boolean acknowledgementRequired, Instant acknowledgementDeadline, boolean inAudience,
		boolean author, boolean managesTarget, Set<Role> roles, Set<Role> partRoles, boolean expired) {

	public PostAccess {
		roles = Set.copyOf(roles);
		partRoles = Set.copyOf(partRoles);
	}

	/**
	 * Whether the viewer may see the post whatever its audience and status: its author, a manager of a targeted unit
	 * or one above it, or anyone holding a role for all or part of what it targets.
	 * @return true when privileged
	 */
	public boolean privileged() {
		return this.author || this.managesTarget || !this.roles.isEmpty() || !this.partRoles.isEmpty();
	}

	/**
	 * Whether the viewer may read the post now: a published, unexpired post they were in the audience of, or any post
	 * when privileged.
	 * @return true when readable
	 */
	public boolean canRead() {
		return (this.status == PostStatus.PUBLISHED && !this.expired && this.inAudience) || privileged();
	}

	boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * Whether the viewer holds the role for all or part of the post's audience.
	 * @param role the role
	 * @return true when held for some of it
	 */
	public boolean hasRoleForAnyOf(Role role) {
		return this.roles.contains(role) || this.partRoles.contains(role);
	}
}
