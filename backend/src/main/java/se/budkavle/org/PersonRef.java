package se.budkavle.org;

import java.util.UUID;

/**
 * A short reference to a person, as shown next to a name in a list.
 *
 * @param id the person's id
 * @param displayName the person's name
 * @param jobTitle the job title, or {@code null}
 */
public record PersonRef(UUID id, String displayName, String jobTitle) {
}
