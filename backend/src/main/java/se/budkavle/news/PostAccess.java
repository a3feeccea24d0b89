package se.budkavle.news;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import se.budkavle.identity.Role;

/** STUB until feat/news is merged. */
public record PostAccess(UUID postId, UUID authorId, String title, PostStatus status, Instant publishedAt,
		boolean commentsEnabled, boolean acknowledgementRequired, Instant acknowledgementDeadline, boolean inAudience,
		boolean author, boolean managesTarget, Set<Role> roles) {

	public boolean privileged() {
		return this.author || this.managesTarget || !this.roles.isEmpty();
	}

	public boolean canRead() {
		return (this.status == PostStatus.PUBLISHED && this.inAudience) || privileged();
	}
}
