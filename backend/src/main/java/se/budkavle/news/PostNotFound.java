package se.budkavle.news;

import java.util.UUID;

/**
 * Raised when a post does not exist or the viewer may not know that it does.
 */
class PostNotFound extends RuntimeException {

	PostNotFound(UUID id) {
		super("There is no post " + id);
	}
}
