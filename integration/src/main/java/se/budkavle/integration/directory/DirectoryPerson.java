package se.budkavle.integration.directory;

import java.util.List;
import java.util.Objects;

/**
 * A person as a directory source names them, with the units they belong to (the first is their primary unit).
 *
 * @param externalId the source's stable id of the person (employee number, Entra object id)
 * @param displayName the name shown to colleagues
 * @param email the work e-mail address, or {@code null}
 * @param jobTitle the job title, or {@code null}
 * @param unitExternalIds external ids of the person's units, primary unit first
 * @param phone the phone number to reach them on in a crisis (mobile first), as the source wrote it, or {@code null};
 * {@link PhoneNumbers} turns it into the E.164 form the hub stores
 */
public record DirectoryPerson(String externalId, String displayName, String email, String jobTitle,
		List<String> unitExternalIds, String phone) {

	public DirectoryPerson {
		Objects.requireNonNull(externalId, "externalId");
		unitExternalIds = List.copyOf(unitExternalIds);
	}

	/** A person without a phone number. */
	public DirectoryPerson(String externalId, String displayName, String email, String jobTitle,
			List<String> unitExternalIds) {
		this(externalId, displayName, email, jobTitle, unitExternalIds, null);
	}
}
