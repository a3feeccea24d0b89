package se.budkavle.identity.web;

import java.util.List;
import java.util.UUID;

import se.budkavle.identity.HeldRole;
import se.budkavle.org.UnitRef;

/**
 * The signed-in person as the widgets show them: name, roles, where they belong, what they lead and whom they report
 * to.
 *
 * @param id the person's id
 * @param displayName the person's name
 * @param email the person's e-mail address, or {@code null}
 * @param roles the names of the roles held, for the whole organisation or part of it, lower case
 * @param scopes where each role is held: the whole organisation (no unit) or a unit's subtree
 * @param units the units the person belongs to, primary first
 * @param manages the units the person leads directly
 * @param manager the person's nearest manager, or {@code null} at the top
 */
record Me(UUID id, String displayName, String email, List<String> roles, List<HeldRole> scopes, List<UnitRef> units,
		List<UnitRef> manages, Manager manager) {

	/**
	 * The person one reports to.
	 *
	 * @param id the manager's person id
	 * @param displayName the manager's name
	 */
	record Manager(UUID id, String displayName) {
	}
}
