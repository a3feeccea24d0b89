package se.budkavle.org;

import java.util.UUID;

/**
 * A person in the organisation, active or deactivated (deactivated people are kept for the records).
 *
 * @param id the stable internal id
 * @param externalId the directory's id of the person
 * @param displayName the name shown to colleagues
 * @param email the work e-mail address, or {@code null}
 * @param jobTitle the job title, or {@code null}
 * @param active whether the person is still in the directory
 */
public record Person(UUID id, String externalId, String displayName, String email, String jobTitle, boolean active) {
}
