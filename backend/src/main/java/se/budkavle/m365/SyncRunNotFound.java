package se.budkavle.m365;

import java.util.UUID;

/**
 * No sync run has the given id.
 */
class SyncRunNotFound extends RuntimeException {

	SyncRunNotFound(UUID id) {
		super("No directory sync run " + id + ".");
	}
}
