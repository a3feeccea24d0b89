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
 * @param roles the viewer's organisation-wide roles
 * @param expired whether its expiry time has passed
 */
public record PostAccess(UUID postId, UUID authorId, String title, PostStatus status, Instant publishedAt,
		boolean commentsEnabled, boolean acknowledgementRequired, Instant acknowledgementDeadline, boolean inAudience,
		boolean author, boolean managesTarget, Set<Role> roles, boolean expired) {

	public PostAccess {
		roles = Set.copyOf(roles);
	}

	/**
	 * Whether the viewer may see the post whatever its audience and status: its author, a manager of a targeted unit
	 * or one above it, or anyone with an organisation-wide role.
	 * @return true when privileged
	 */
	public boolean privileged() {
		return this.author || this.managesTarget || !this.roles.isEmpty();
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
}
