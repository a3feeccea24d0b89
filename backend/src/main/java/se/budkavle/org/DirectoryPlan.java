package se.budkavle.org;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.budkavle.integration.directory.DirectoryManager;
import se.budkavle.integration.directory.DirectorySnapshot;
import se.budkavle.org.StoredOrganisation.Link;

/**
 * Everything that applying a valid directory changes, worked out in memory against the stored organisation before
 * anything is written.
 *
 * @param units the unit changes
 * @param people the person and membership changes
 * @param managers the manager assignment changes
 */
record DirectoryPlan(UnitDiff units, PeopleDiff people, LinkDiff managers) {

	static DirectoryPlan of(StoredOrganisation stored, DirectorySnapshot directory) {
		UnitDiff units = UnitDiff.between(stored.units(), directory.units());
		PeopleDiff people = PeopleDiff.between(stored, directory.people(), units.ids());
		List<Link> managers = directory.managers()
			.stream()
			.map((manager) -> link(manager, units, people))
			.toList();
		return new DirectoryPlan(units, people, LinkDiff.between(stored.managers(), managers));
	}

	private static Link link(DirectoryManager manager, UnitDiff units, PeopleDiff people) {
		return new Link(units.ids().get(manager.unitExternalId()), people.ids().get(manager.personExternalId()),
				manager.deputy());
	}

	/**
	 * The people whose {@code subtree_member} rows may change while the tree keeps its shape: added, renamed,
	 * deactivated or reactivated, or with a membership added or removed.
	 */
	Set<UUID> peopleInChangedSubtrees() {
		Set<UUID> ids = new HashSet<>();
		this.people.inserts().forEach((person) -> ids.add(person.id()));
		this.people.rewrites().forEach((person) -> ids.add(person.id()));
		ids.addAll(this.people.deactivations());
		this.people.memberships().added().forEach((link) -> ids.add(link.personId()));
		this.people.memberships().removed().forEach((link) -> ids.add(link.personId()));
		return ids;
	}

	DirectoryChanges changes() {
		return new DirectoryChanges(this.units.inserts().size(), this.units.updated(), this.units.moved(),
				this.units.deactivations().size(), this.units.reactivated(), this.people.inserts().size(),
				this.people.updated(), this.people.moved(), this.people.deactivations().size(),
				this.people.reactivated(), this.people.memberships().added().size(),
				this.people.memberships().removed().size(), this.managers.added().size(),
				this.managers.removed().size());
	}
}
