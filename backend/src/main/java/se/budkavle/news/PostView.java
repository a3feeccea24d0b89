package se.budkavle.news;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A whole post as its reader gets it, with the Markdown only for those who may edit it.
 */
record PostView(UUID id, int version, String title, String body, String html, String excerpt, String priority,
		String language, boolean commentsEnabled, PostStatus status, Instant publishAt, Instant publishedAt,
		Instant expiresAt, FeedPage.Author author, List<Target> targets, Integer audienceSize,
		FeedPage.Acknowledgement acknowledgement, boolean read, int commentCount, Permissions permissions,
		Withdrawal withdrawal) {

	/** A targeted unit. */
	record Target(UUID unitId, String name, boolean includeSubunits) {
	}

	/** Who withdrew the post, when and why. */
	record Withdrawal(Instant at, Person by, String reason) {
	}

	/** A person named on the post. */
	record Person(UUID id, String displayName) {
	}
}
