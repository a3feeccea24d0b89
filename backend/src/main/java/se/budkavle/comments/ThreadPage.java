package se.budkavle.comments;

import java.util.List;
import java.util.UUID;

/**
 * A page of a post's thread: roots oldest first like a conversation, each with its replies.
 *
 * @param postId the post
 * @param items the roots of this page
 * @param next the cursor for the next page, or {@code null} at the end
 * @param locked whether a moderator has locked the thread
 * @param commentsEnabled whether the post takes comments
 * @param permissions what the viewer may do in the thread
 */
record ThreadPage(UUID postId, List<CommentView> items, String next, boolean locked, boolean commentsEnabled,
		Permissions permissions) {

	/** What the viewer may do in the thread. */
	record Permissions(boolean comment, boolean moderate) {
	}
}
