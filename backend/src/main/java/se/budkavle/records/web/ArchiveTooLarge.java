package se.budkavle.records.web;

/** Raised when a period holds more records than one archive package may; answered as 422, asking for a shorter one. */
class ArchiveTooLarge extends RuntimeException {

	ArchiveTooLarge(int maxRecords) {
		super("The period holds more than " + maxRecords + " records, the most one archive package may hold; "
				+ "narrow the period (or choose a unit) and make several packages.");
	}
}
