package se.budkavle.org;

import java.util.UUID;

/**
 * A short reference to a unit, as shown in a list of units.
 *
 * @param id the unit's id
 * @param name the unit's name
 */
public record UnitRef(UUID id, String name) {
}
