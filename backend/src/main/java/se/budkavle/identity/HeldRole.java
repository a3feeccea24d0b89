package se.budkavle.identity;

import java.util.UUID;

/**
 * A role the signed-in person holds and where: for the whole organisation ({@code unitId} null) or for the subtree
 * under one unit.
 *
 * @param role the role's realm name
 * @param unitId the unit whose subtree it covers, or {@code null} for the whole organisation
 * @param unitName that unit's name, or {@code null}
 */
public record HeldRole(String role, UUID unitId, String unitName) {
}
