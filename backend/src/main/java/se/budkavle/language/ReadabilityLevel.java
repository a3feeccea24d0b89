package se.budkavle.language;

/**
 * How hard a text is to read, in the LIX bands of the product brief: under 30, 30–40, 40–50, 50–60, over 60.
 */
public enum ReadabilityLevel {

	VERY_EASY, EASY, MEDIUM, HARD, VERY_HARD;

	/**
	 * The band of a LIX value; a value on a boundary belongs to the band above it, except 60, which is still hard
	 * ("over 60" is very hard).
	 * @param lix the LIX value
	 * @return the level
	 */
	public static ReadabilityLevel of(double lix) {
		if (lix < 30) {
			return VERY_EASY;
		}
		if (lix < 40) {
			return EASY;
		}
		if (lix < 50) {
			return MEDIUM;
		}
		return (lix <= 60) ? HARD : VERY_HARD;
	}
}
