package se.budkavle.integration.graph;

/**
 * One user entry of a delta page: new or changed properties, a changed manager, or both.
 *
 * @param user the user; its properties count only when {@code propertiesChanged}, its manager only when
 * {@code managerChanged}
 * @param propertiesChanged whether the entry carried the user's properties
 * @param managerChanged whether the entry carried {@code manager@delta} (a new manager, or its removal)
 */
public record UserChange(EntraUser user, boolean propertiesChanged, boolean managerChanged) {
}
