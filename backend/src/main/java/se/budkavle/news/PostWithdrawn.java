package se.budkavle.news;

import java.util.UUID;

/**
 * Raised when someone edits or withdraws a post that has already been withdrawn.
 */
class PostWithdrawn extends RuntimeException {

	PostWithdrawn(UUID id) {
		super("Post " + id + " has been withdrawn and can no longer change");
	}
}
