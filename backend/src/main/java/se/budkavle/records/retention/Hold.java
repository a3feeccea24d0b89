package se.budkavle.records.retention;

import java.time.Instant;
import java.util.UUID;

/**
 * A legal hold: while in force, retention deletes and reduces nothing under the post, or under the posts targeted at
 * the unit's subtree.
 *
 * @param id the hold
 * @param postId the post held, or {@code null}
 * @param unitId the unit held, or {@code null}
 * @param reason why it was placed
 * @param placedBy who placed it
 * @param placedAt when
 * @param released when and why it was released, or {@code null} while in force
 */
record Hold(UUID id, UUID postId, UUID unitId, String reason, Person placedBy, Instant placedAt, Release released) {

	/** A person who acted on the hold. */
	record Person(UUID id, String displayName) {
	}

	/** The hold's release. */
	record Release(Person by, Instant at, String reason) {
	}
}
