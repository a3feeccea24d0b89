package se.budkavle.org.web;

import java.util.List;
import java.util.UUID;

import se.budkavle.org.UnitRef;

/**
 * A person as the API shows them, deactivated people included (with {@code active} false).
 *
 * @param id the person's id
 * @param externalId the directory's id of the person
 * @param displayName the name
 * @param email the work e-mail address, or {@code null}
 * @param jobTitle the job title, or {@code null}
 * @param active false when the person has left the directory
 * @param units the units the person belongs to, primary unit first
 * @param manages the units the person leads (as manager or deputy)
 * @param manager the nearest manager, or {@code null}
 */
record PersonView(UUID id, String externalId, String displayName, String email, String jobTitle, boolean active,
		List<UnitRef> units, List<UnitRef> manages, Manager manager) {

	/** The person's nearest manager. */
	record Manager(UUID id, String displayName) {
	}
}
