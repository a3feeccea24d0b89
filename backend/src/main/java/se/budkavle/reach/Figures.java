package se.budkavle.reach;

/**
 * The figures of one row: the audience, how many read, and how many acknowledged (null when the post did not ask).
 *
 * @param audience the people expected to read
 * @param readers how many of them opened the post
 * @param reach readers as a percentage of the audience, one decimal
 * @param acknowledged how many confirmed "Jag har läst", or null
 * @param acknowledgementRate acknowledged as a percentage of the audience, or null
 */
public record Figures(long audience, long readers, double reach, Long acknowledged, Double acknowledgementRate) {

	static Figures of(Counts counts, boolean acknowledgementRequired) {
		return new Figures(counts.audience(), counts.readers(), percent(counts.readers(), counts.audience()),
				acknowledgementRequired ? counts.acknowledged() : null,
				acknowledgementRequired ? percent(counts.acknowledged(), counts.audience()) : null);
	}

	static double percent(long part, long whole) {
		return (whole == 0) ? 0 : Math.round(1000.0 * part / whole) / 10.0;
	}
}
