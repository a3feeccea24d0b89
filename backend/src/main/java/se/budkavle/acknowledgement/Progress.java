package se.budkavle.acknowledgement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How far a post's audience has confirmed it, in total, per unit and by name.
 *
 * @param postId the post
 * @param title its title
 * @param deadline its deadline, or {@code null}
 * @param audience people expected to confirm, within the viewer's scope (and the unit asked for)
 * @param acknowledged of them, those who have
 * @param byUnit the same counts per unit, each over its subtree
 * @param pending those who have not, by name (at most the configured number; {@code pendingCount} counts them all)
 * @param pendingCount how many have not
 */
record Progress(UUID postId, String title, Instant deadline, long audience, long acknowledged, List<UnitProgress> byUnit,
		List<PendingPerson> pending, long pendingCount) {

	/** Counts of one unit's subtree, by the unit each person was counted in at publication. */
	record UnitProgress(UUID unitId, String name, long audience, long acknowledged) {
	}

	/** Someone who has not confirmed yet and the unit they were counted in at publication. */
	record PendingPerson(UUID personId, String displayName, String unitName) {
	}
}
