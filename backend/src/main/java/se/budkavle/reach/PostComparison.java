package se.budkavle.reach;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The posts of a period side by side within one unit's subtree: each post's reach and acknowledgement there, the same
 * total its own reach view shows (so nothing new can be worked out from the comparison).
 *
 * @param unit the unit
 * @param from the start of the period
 * @param to the end of the period
 * @param minimumGroupSize the fewest people a figure may describe
 * @param posts the posts that reached anyone in the subtree, newest first (at most 100)
 */
public record PostComparison(PostReach.UnitLabel unit, Instant from, Instant to, int minimumGroupSize,
		List<Line> posts) {

	/**
	 * One post.
	 *
	 * @param postId the post
	 * @param title its title
	 * @param publishedAt when it was published
	 * @param acknowledgementRequired whether it asked for acknowledgement
	 * @param suppressed whether its figures in this subtree are about too few people to show
	 * @param withheld whether its figures leave small groups out
	 * @param figures the figures, or {@code null} when suppressed
	 */
	public record Line(UUID postId, String title, Instant publishedAt, boolean acknowledgementRequired,
			boolean suppressed, boolean withheld, Figures figures) {
	}
}
