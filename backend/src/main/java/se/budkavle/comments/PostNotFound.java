package se.budkavle.comments;

import java.util.UUID;

/** The post does not exist or the viewer may not see it; both look the same from outside. */
class PostNotFound extends RuntimeException {

	PostNotFound(UUID postId) {
		super("There is no post " + postId);
	}
}
