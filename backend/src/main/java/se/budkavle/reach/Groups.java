package se.budkavle.reach;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;

/**
 * The rows of one unit's table: each child unit's subtree, and the people counted at the unit itself.
 */
final class Groups {

	private Groups() {
	}

	static <C> List<Group<C>> of(UnitTree tree, UUID unitId, Map<UUID, C> subtree, Map<UUID, C> direct,
			ToLongFunction<C> size) {
		List<Group<C>> groups = new ArrayList<>();
		UnitTree.Node unit = tree.node(unitId);
		C own = direct.get(unitId);
		if (own != null && size.applyAsLong(own) > 0) {
			groups.add(new Group<>(unit, true, false, own));
		}
		for (UnitTree.Node child : tree.children(unitId)) {
			C figures = subtree.get(child.id());
			if (figures != null && size.applyAsLong(figures) > 0) {
				groups.add(new Group<>(child, false, !tree.children(child.id()).isEmpty(), figures));
			}
		}
		return groups;
	}

	/**
	 * One row.
	 *
	 * @param unit the unit
	 * @param direct whether the row holds only the people counted at the unit itself (not its subunits)
	 * @param hasSubunits whether the unit has units below it to drill into
	 * @param figures the row's figures
	 */
	record Group<C>(UnitTree.Node unit, boolean direct, boolean hasSubunits, C figures) {
	}
}
