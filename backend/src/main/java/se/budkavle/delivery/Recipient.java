package se.budkavle.delivery;

import java.util.UUID;

/**
 * The person a delivery goes to, with what a channel needs to reach them.
 *
 * @param id the person's id
 * @param displayName the person's name
 * @param email the person's e-mail address, or {@code null}
 */
public record Recipient(UUID id, String displayName, String email) {
}
