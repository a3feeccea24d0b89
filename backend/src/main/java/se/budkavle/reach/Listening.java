package se.budkavle.reach;

import java.time.Instant;
import java.util.List;

/**
 * What people in a unit's subtree wrote about in a period: the most frequent themes of their comments and of the
 * questions asked to the unit's managers, counts only.
 *
 * @param unit the unit
 * @param from the start of the period (inclusive)
 * @param to the end of the period (exclusive)
 * @param minimumGroupSize the fewest different authors a theme must have to be shown (and the fewest people the
 * unit must have); each anonymous question counts as an author of its own
 * @param suppressed true when the unit is too small to show anything
 * @param comments how many comments were read
 * @param questions how many questions were read (anonymous ones included, without their askers)
 * @param themes the most frequent themes, most frequent first
 */
public record Listening(PostReach.UnitLabel unit, Instant from, Instant to, int minimumGroupSize, boolean suppressed,
		long comments, long questions, List<Theme> themes) {

	/**
	 * One theme.
	 *
	 * @param theme the word as people wrote it (the most common form of its stem)
	 * @param texts how many comments and questions mention it (written by at least {@code minimumGroupSize} authors)
	 */
	public record Theme(String theme, long texts) {
	}
}
