package se.budkavle.cascade;

/** How a cascade reaches the managers: a level at a time, each level opened by the relay above, or all at once. */
public enum Mode {

	LEVEL_BY_LEVEL, ALL_AT_ONCE
}
