package se.budkavle.crisis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;

/**
 * One version of a prepared crisis message, as the console lists it.
 *
 * @param id the template (the same for every version)
 * @param version its version, from 1
 * @param name what it is for
 * @param title the headline, with placeholders
 * @param body the text, with placeholders
 * @param severity how serious
 * @param confirmation what each person is asked
 * @param placeholders the placeholders of title and body ({@code plats} for {@code {plats}}), each once, in order
 * @param updatedAt when this version was written
 * @param updatedBy the name of who wrote it
 */
record CrisisTemplate(UUID id, int version, String name, String title, String body, Severity severity,
		ConfirmationKind confirmation, List<String> placeholders, Instant updatedAt, String updatedBy) {

	static CrisisTemplate of(Readable row) {
		String title = row.get("title", String.class);
		String body = row.get("body", String.class);
		return new CrisisTemplate(row.get("id", UUID.class), row.get("version", Integer.class),
				row.get("name", String.class), title, body, Severity.valueOf(row.get("severity", String.class)),
				ConfirmationKind.valueOf(row.get("confirmation", String.class)), Placeholders.in(title, body),
				row.get("updated_at", Instant.class), row.get("updated_by", String.class));
	}

	/** A saved version: the template and its new version number. */
	record Saved(UUID id, int version) {
	}

	/** Templates or versions in a list. */
	record Items(List<CrisisTemplate> items) {
	}
}
