package se.budkavle.acknowledgement;

import java.util.UUID;

/** Raised when the post does not exist or the viewer may not see it (or, to acknowledge, is not in its audience). */
class PostNotFound extends RuntimeException {

	PostNotFound(UUID postId) {
		super("There is no post with id " + postId + " for you");
	}
}
