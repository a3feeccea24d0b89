package se.budkavle.comments;

import java.util.UUID;

import se.budkavle.identity.Role;
import se.budkavle.identity.Viewer;
import se.budkavle.news.PostAccess;
import se.budkavle.news.PostStatus;

/**
 * A viewer who may read a post's thread, with what the post allows them to do in it.
 *
 * @param post the viewer's access to the post
 * @param viewer the signed-in person
 */
record ThreadViewer(PostAccess post, Viewer viewer) {

	UUID postId() {
		return this.post.postId();
	}

	UUID personId() {
		return this.viewer.personId();
	}

	/**
	 * The post's author, managers of its targets (or above), and communicators and admins whose role holds for every
	 * unit it targets moderate its thread.
	 */
	boolean moderator() {
		return this.post.author() || this.post.managesTarget() || this.post.roles().contains(Role.COMMUNICATOR)
				|| this.post.roles().contains(Role.ADMIN);
	}

	/** Whether the post takes comments, edits and reactions at all (locking aside). */
	boolean open() {
		return this.post.status() == PostStatus.PUBLISHED && !this.post.expired() && this.post.commentsEnabled();
	}

	void requireOpen() {
		if (this.post.status() != PostStatus.PUBLISHED || this.post.expired()) {
			throw CommentConflict.notPublished();
		}
		if (!this.post.commentsEnabled()) {
			throw CommentConflict.commentsDisabled();
		}
	}

	void requireModerator() {
		if (!moderator()) {
			throw new CommentForbidden("Only the post's author, managers of its units and communicators moderate.");
		}
	}
}
