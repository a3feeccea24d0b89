package se.budkavle.reach;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How far one post got within one unit's subtree.
 *
 * @param postId the post
 * @param title its title
 * @param publishedAt when it was published
 * @param acknowledgementRequired whether it asked for "Jag har läst"
 * @param unit the unit the figures are for
 * @param minimumGroupSize the fewest people any figure here describes
 * @param suppressed true when the unit's figures may not be shown (too few people); then every figure below is empty
 * @param withheldUnits the units whose own people the figures leave out, because they are too few to show apart from
 * the rest (see {@code docs/disclosure.md}); empty when the total is the whole subtree
 * @param total the subtree, less the withheld units
 * @param groups one row per child unit (and the people counted at the unit itself), in tree order
 * @param other the folded small groups together, or null when nothing was folded
 * @param otherGroups how many rows were folded into {@code other}
 * @param readsPerHour first reads per hour since publication, hour 0 first, no gaps
 * @param timeTo50 how long after publication half the audience had read it (ISO 8601), or null
 * @param timeTo80 the same for 80 %, or null
 */
public record PostReach(UUID postId, String title, Instant publishedAt, boolean acknowledgementRequired, UnitLabel unit,
		int minimumGroupSize, boolean suppressed, List<UUID> withheldUnits, Figures total, List<Row> groups, Figures other, int otherGroups,
		List<HourlyReads> readsPerHour, String timeTo50, String timeTo80) {

	/** A unit's id and name. */
	public record UnitLabel(UUID id, String name) {
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
			Figures figures) {
	}

	/** First reads in one hour after publication (hour 0 = the first hour). */
	public record HourlyReads(int hour, long reads) {
	}
}
