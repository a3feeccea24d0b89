package se.budkavle.integration.directory;

/**
 * The levels of a municipal organisation tree, from the city down to a work group.
 */
public enum UnitKind {

	/** The city (stad) or another top-level organisation. */
	ORGANISATION,

	/** A förvaltning: an administration that is its own records holder. */
	ADMINISTRATION,

	/** A municipal company (bolag), also its own records holder. */
	COMPANY,

	/** An avdelning inside an administration. */
	DEPARTMENT,

	/** An enhet: the level where most line managers work. */
	UNIT,

	/** An arbetsgrupp inside an enhet. */
	TEAM
}
