package se.budkavle.comments;

import java.util.UUID;

/** The comment does not exist or the viewer may not see its post; both look the same from outside. */
class CommentNotFound extends RuntimeException {

	CommentNotFound(UUID commentId) {
		super("There is no comment " + commentId);
	}
}
