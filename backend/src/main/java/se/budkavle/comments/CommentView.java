package se.budkavle.comments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A comment as one viewer may see it: deleted comments and, for all but moderators, hidden comments are tombstones
 * without author or body.
 *
 * @param id the comment
 * @param postId the post it is under
 * @param replyTo the thread's root for a reply, {@code null} for a root
 * @param state VISIBLE, DELETED or HIDDEN
 * @param author who wrote it, or {@code null} on a tombstone
 * @param body the text as written, or {@code null} on a tombstone
 * @param html the text as safe HTML (escaped, http(s) links only), or {@code null} on a tombstone
 * @param version the comment's version (for {@code If-Match})
 * @param createdAt when it was written
 * @param editedAt when it was last edited, or {@code null}
 * @param editableUntil until when its author may edit it
 * @param reactions the counts of every reaction kind
 * @param reported whether the viewer has reported it
 * @param moderation the latest hide or restore (moderators only), or {@code null}
 * @param permissions what the viewer may do with it
 * @param replies the replies to a root, oldest first ({@code null} for a reply)
 */
record CommentView(UUID id, UUID postId, UUID replyTo, CommentState state, Author author, String body, String html,
		int version, Instant createdAt, Instant editedAt, Instant editableUntil, List<ReactionCount> reactions,
		boolean reported, Moderation moderation, Permissions permissions, List<CommentView> replies) {

	/** Who wrote a comment. */
	record Author(UUID id, String displayName, String jobTitle) {
	}

	/** The latest moderation of a comment, shown to moderators. */
	record Moderation(ModerationAction action, String reason, Author by, Instant at) {
	}

	/** What the viewer may do with the comment. */
	record Permissions(boolean reply, boolean edit, boolean delete, boolean react, boolean report, boolean moderate) {
	}
}
