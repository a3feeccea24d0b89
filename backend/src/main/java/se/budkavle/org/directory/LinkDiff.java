package se.budkavle.org.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.budkavle.org.directory.StoredOrganisation.Link;

/**
 * The memberships or manager assignments to remove and add, and those whose flag (primary unit) changes in place.
 *
 * @param removed links to delete
 * @param added links to insert
 * @param flagChanges links kept whose flag changes
 */
record LinkDiff(List<Link> removed, List<Link> added, List<Link> flagChanges) {

	/**
	 * Manager assignments: a changed deputy mark is a removed and an added assignment.
	 * @param stored the stored assignments
	 * @param wanted the assignments of the directory
	 * @return the difference
	 */
	static LinkDiff between(List<Link> stored, List<Link> wanted) {
		Set<Link> before = new HashSet<>(stored);
		Set<Link> after = new HashSet<>(wanted);
		return new LinkDiff(stored.stream().filter((link) -> !after.contains(link)).toList(),
				wanted.stream().filter((link) -> !before.contains(link)).toList(), List.of());
	}

	/** Collects the membership changes of many people into one diff. */
	static final class Builder {

		private final List<Link> removed = new ArrayList<>();

		private final List<Link> added = new ArrayList<>();

		private final List<Link> flagChanges = new ArrayList<>();

		/**
		 * Adds the changes of one person's memberships.
		 * @return whether anything changed for the person
		 */
		boolean person(List<Link> stored, List<Link> wanted) {
			int before = this.removed.size() + this.added.size() + this.flagChanges.size();
			for (Link link : stored) {
				if (wanted.stream().noneMatch((other) -> other.unitId().equals(link.unitId()))) {
					this.removed.add(link);
				}
			}
			for (Link link : wanted) {
				Link existing = stored.stream().filter((other) -> other.unitId().equals(link.unitId())).findFirst()
					.orElse(null);
				if (existing == null) {
					this.added.add(link);
				}
				else if (existing.flag() != link.flag()) {
					this.flagChanges.add(link);
				}
			}
			return this.removed.size() + this.added.size() + this.flagChanges.size() > before;
		}

		LinkDiff build() {
			return new LinkDiff(this.removed, this.added, this.flagChanges);
		}
	}
}
