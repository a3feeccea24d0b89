package se.budkavle.integration.directory;

import java.util.Objects;

/**
 * A manager assignment: the person leads the unit, as its manager or as a deputy.
 *
 * @param unitExternalId the unit's external id
 * @param personExternalId the manager's external id
 * @param deputy whether the person is a deputy (ställföreträdande chef)
 */
public record DirectoryManager(String unitExternalId, String personExternalId, boolean deputy) {

	public DirectoryManager {
		Objects.requireNonNull(unitExternalId, "unitExternalId");
		Objects.requireNonNull(personExternalId, "personExternalId");
	}
}
