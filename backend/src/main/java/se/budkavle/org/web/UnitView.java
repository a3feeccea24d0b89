package se.budkavle.org.web;

import java.util.List;
import java.util.UUID;

import se.budkavle.org.UnitRef;

/**
 * A unit as the API shows it: where it sits in the tree, who leads it and how many people work in it.
 *
 * @param id the unit's id
 * @param externalId the directory's id of the unit
 * @param name the name
 * @param kind the level, such as {@code UNIT}
 * @param active false when the unit has left the directory
 * @param parent the unit above, or {@code null} at the top
 * @param children the active units directly below, by name
 * @param managers the active managers, managers before deputies
 * @param headcount distinct active people in the unit and all units below it
 */
record UnitView(UUID id, String externalId, String name, String kind, boolean active, UnitRef parent,
		List<Child> children, List<Manager> managers, long headcount) {

	/** A unit directly below. */
	record Child(UUID id, String name, String kind) {
	}

	/** A manager or deputy of the unit. */
	record Manager(UUID id, String displayName, String jobTitle, boolean deputy) {
	}
}
