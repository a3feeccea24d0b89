package se.budkavle.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A role an administrator gave someone in the hub, for the whole organisation or for the subtree under one unit.
 *
 * @param personId who holds the role
 * @param displayName their name
 * @param role the role, as its realm name ({@code communicator}, {@code hr}, {@code admin})
 * @param unitId the unit whose subtree the role covers, or {@code null} for the whole organisation
 * @param unitName that unit's name, or {@code null}
 * @param grantedAt when it was given
 * @param grantedBy who gave it, or {@code null} when the hub itself did (demo seeding)
 */
public record RoleGrant(UUID personId, String displayName, String role, UUID unitId, String unitName,
		Instant grantedAt, UUID grantedBy) {
}
