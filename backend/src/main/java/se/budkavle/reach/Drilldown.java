package se.budkavle.reach;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Whether a unit's own table may be opened: only when the unit is a shown row at every level above it. A unit folded
 * into "other" one level up (because it is small, or as the complement that protects a small sibling) stays closed,
 * or its own total would undo the folding.
 */
final class Drilldown {

	private Drilldown() {
	}

	static boolean reachable(UnitTree tree, UUID unitId, Map<UUID, Counts> subtree, Map<UUID, Counts> direct,
			int minimum) {
		List<UnitTree.Node> path = tree.path(unitId);
		for (int level = 0; level < path.size() - 1; level++) {
			UUID parent = path.get(level).id();
			UUID next = path.get(level + 1).id();
			var groups = Groups.of(tree, parent, subtree, direct, Counts::audience);
			var folded = Disclosure.fold(groups, (group) -> group.figures().audience(), minimum);
			boolean shown = folded.shown()
				.stream()
				.anyMatch((group) -> !group.direct() && group.unit().id().equals(next));
			if (!shown) {
				return false;
			}
		}
		return true;
	}
}
