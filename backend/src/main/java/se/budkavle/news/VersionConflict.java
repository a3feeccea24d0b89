package se.budkavle.news;

import java.util.UUID;

/**
 * Raised when an edit names a version of the post that is no longer the current one.
 */
class VersionConflict extends RuntimeException {

	VersionConflict(UUID id, String ifMatch) {
		super("Post " + id + " has changed since version " + ifMatch + "; reload it and edit the current version");
	}
}
