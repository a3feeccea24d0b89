package se.budkavle.integration.graph;

/**
 * Where the hub's units come from when the organisation is read from Entra ID.
 */
public enum UnitSource {

	/**
	 * Every manager leads a unit of their direct reports, named from the manager's department (or job title); a
	 * unit's parent is the unit of the manager's own manager.
	 */
	MANAGER_HIERARCHY,

	/**
	 * A path attribute such as {@code Hägersten-Älvsjö/Äldreomsorg/Hemtjänst Syd} places each person in the unit at
	 * its end, creating every unit along the path; people with direct reports manage their own unit.
	 */
	DEPARTMENT_PATH
}
