package se.budkavle.org.directory;

import java.util.List;

import se.budkavle.integration.directory.DirectoryManager;
import se.budkavle.integration.directory.DirectorySnapshot;
import se.budkavle.org.DirectoryChanges;
import se.budkavle.org.directory.StoredOrganisation.Link;

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

	DirectoryChanges changes() {
		return new DirectoryChanges(this.units.inserts().size(), this.units.updated(), this.units.moved(),
				this.units.deactivations().size(), this.units.reactivated(), this.people.inserts().size(),
				this.people.updated(), this.people.moved(), this.people.deactivations().size(),
				this.people.reactivated(), this.people.memberships().added().size(),
				this.people.memberships().removed().size(), this.managers.added().size(),
				this.managers.removed().size());
	}
}
