package se.budkavle.records.archive;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One official record to archive: its identity and description, its content as JSON, and its reading copy as
 * PDF/A made on demand (so the package holds one PDF in memory at a time).
 *
 * @param type post or question
 * @param id the record's id
 * @param title the post's title or the question's subject
 * @param at when it was published or asked
 * @param json the record with every version and who/when/why
 * @param pdf makes the PDF/A-2b reading copy
 */
public record SipEntry(String type, UUID id, String title, Instant at, String json, Supplier<byte[]> pdf) {

	String baseName() {
		return this.type + "-" + this.id;
	}
}
