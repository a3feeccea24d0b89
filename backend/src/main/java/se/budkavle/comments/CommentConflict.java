package se.budkavle.comments;

/** The thread or comment is not in a state that allows this: comments closed, thread locked, too late to edit. */
class CommentConflict extends RuntimeException {

	private final String type;

	private final String title;

	CommentConflict(String type, String title, String detail) {
		super(detail);
		this.type = type;
		this.title = title;
	}

	static CommentConflict commentsDisabled() {
		return new CommentConflict("comments-disabled", "Comments disabled",
				"The post does not take comments.");
	}

	static CommentConflict notPublished() {
		return new CommentConflict("post-not-published", "Post not published",
				"Only a published post that has not expired takes comments, reactions and edits.");
	}

	static CommentConflict threadLocked() {
		return new CommentConflict("thread-locked", "Thread locked",
				"A moderator has locked this thread; it takes no new comments.");
	}

	static CommentConflict unavailable() {
		return new CommentConflict("comment-unavailable", "Comment unavailable",
				"The comment has been deleted or hidden.");
	}

	static CommentConflict editWindowClosed() {
		return new CommentConflict("edit-window-closed", "Edit window closed",
				"A comment can only be edited in the first minutes after it was written.");
	}

	String type() {
		return this.type;
	}

	String title() {
		return this.title;
	}
}
