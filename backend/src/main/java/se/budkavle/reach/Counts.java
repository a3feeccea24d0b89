package se.budkavle.reach;

/**
 * How many people a group had in the audience, how many of them read the post and how many acknowledged it.
 */
record Counts(long audience, long readers, long acknowledged) {

	static final Counts NONE = new Counts(0, 0, 0);

	Counts plus(Counts other) {
		return new Counts(this.audience + other.audience, this.readers + other.readers,
				this.acknowledged + other.acknowledged);
	}
}
