package se.budkavle.records.archive;

import java.time.Instant;
import java.util.UUID;

/**
 * What a submission package is and who delivers it.
 *
 * @param id the package's id (its OBJID and root folder are made from it)
 * @param createdAt when it was made
 * @param from the start of the period it covers
 * @param to the end of the period (exclusive)
 * @param unitName the unit whose subtree it covers, or {@code null} for every unit in the maker's scope
 * @param organisationName the archive creator (arkivbildare)
 * @param organisationNumber the archive creator's organisation number
 * @param systemVersion the version of Budkavle that made it
 */
public record Submission(UUID id, Instant createdAt, Instant from, Instant to, String unitName,
		String organisationName, String organisationNumber, String systemVersion) {

	/** The package identifier: its METS OBJID and the name of its root folder. */
	public String objectId() {
		return "budkavle-sip-" + this.id;
	}

	/** A short human description of what it holds. */
	String label() {
		return "Budkavle: allmänna handlingar (nyheter, kommentarer, frågor och svar) " + this.from + " – " + this.to
				+ ((this.unitName != null) ? ", " + this.unitName : "");
	}
}
