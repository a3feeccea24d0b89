package se.budkavle.reach;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How the posts published in a period did within a unit's subtree, per child unit.
 *
 * @param unit the unit
 * @param from the start of the period (inclusive)
 * @param to the end of the period (exclusive)
 * @param minimumGroupSize the fewest people any row describes
 * @param suppressed true when the unit's figures may not be shown; then every figure below is empty
 * @param withheldUnits the units whose own people the figures leave out, because they are too few to show apart from
 * the rest (see {@code docs/disclosure.md}); empty when the total is the whole subtree
 * @param total the subtree, less the withheld units
 * @param groups one row per child unit (and the people counted at the unit itself)
 * @param other the folded small groups together, or null
 * @param otherGroups how many rows were folded into {@code other}
 */
public record UnitReport(PostReach.UnitLabel unit, Instant from, Instant to, int minimumGroupSize, boolean suppressed,
		List<UUID> withheldUnits, Line total, List<Row> groups, Line other, int otherGroups) {

	/**
	 * The figures of one row.
	 *
	 * @param people the people the row describes (active members now)
	 * @param posts the posts published in the period that reached them
	 * @param meanReach the mean over those posts of the share who read, in percent
	 * @param meanAcknowledgementRate the same for acknowledgement, over posts that asked for it, or null
	 * @param medianTimeTo50 the median time after publication until half of them had read (ISO 8601), over the
	 * posts that got that far, or null
	 * @param comments the comments they wrote in the period
	 * @param questionsAsked the questions first asked to their units' managers in the period
	 * @param questionsAnswered how many of those have had an answer
	 * @param medianAnswerTime the median time from question to first answer (ISO 8601), or null
	 */
	public record Line(long people, long posts, double meanReach, Double meanAcknowledgementRate,
			String medianTimeTo50, long comments, long questionsAsked, long questionsAnswered,
			String medianAnswerTime) {
	}

	/**
	 * One row of the table.
	 *
	 * @param unitId the unit
	 * @param name its name
	 * @param direct whether the row holds only the people counted at the unit itself
	 * @param hasSubunits whether there is more to drill into
	 * @param withheldUnits the units whose own people the row leaves out; empty when it holds the whole subtree
	 * @param figures the row's figures
	 */
	public record Row(UUID unitId, String name, boolean direct, boolean hasSubunits, List<UUID> withheldUnits,
			Line figures) {
	}
}
