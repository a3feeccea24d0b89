package se.budkavle.reach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decides, once for the whole unit tree, which figures may be shown so that none describes, or lets anyone derive by
 * subtraction, fewer than the minimum number of people, while hiding as little of the organisation as it can (the rule
 * and its worked examples are in {@code docs/disclosure.md}).
 * <p>
 * Working up from the leaves, each unit's <em>rest</em> is its own people plus whatever its subunits could not show.
 * A unit with at least the minimum in its subtree whose rest is empty or at least the minimum is shown whole, its rest
 * as a row of its own table. Otherwise the unit's rest is withheld: it is carried up into its parent's rest, and the
 * unit's figures are shown without it ("partial"), so its subunits stay open instead of being folded away.
 */
final class DisclosurePlan {

	private final UnitTree tree;

	private final Map<UUID, Long> direct;

	private final int minimum;

	private final Set<UUID> whole = new HashSet<>();

	private final Map<UUID, List<UUID>> withheld = new HashMap<>();

	private DisclosurePlan(UnitTree tree, Map<UUID, Long> direct, int minimum) {
		this.tree = tree;
		this.direct = direct;
		this.minimum = minimum;
	}

	/**
	 * Plans the figures of a tree.
	 * @param tree the units
	 * @param direct how many people each unit counts directly (not in its subunits)
	 * @param minimum the fewest people a figure may describe
	 * @return the plan
	 */
	static DisclosurePlan of(UnitTree tree, Map<UUID, Long> direct, int minimum) {
		DisclosurePlan plan = new DisclosurePlan(tree, direct, minimum);
		tree.tops().forEach((top) -> plan.settle(top.id()));
		return plan;
	}

	/** Settles a subtree and returns the units whose own people it carries up to its parent. */
	private Carry settle(UUID unit) {
		long subtree = own(unit);
		List<UUID> rest = new ArrayList<>();
		long restPeople = own(unit);
		if (restPeople > 0) {
			rest.add(unit);
		}
		for (UnitTree.Node child : this.tree.children(unit)) {
			Carry carry = settle(child.id());
			subtree += carry.subtree();
			rest.addAll(carry.units());
			restPeople += carry.people();
		}
		if (subtree >= this.minimum && (restPeople == 0 || restPeople >= this.minimum)) {
			this.whole.add(unit);
			return new Carry(subtree, List.of(), 0);
		}
		this.withheld.put(unit, List.copyOf(rest));
		return new Carry(subtree, rest, restPeople);
	}

	private long own(UUID unit) {
		return this.direct.getOrDefault(unit, 0L);
	}

	/**
	 * Whether a unit's whole subtree may be shown as one figure.
	 * @param unit the unit
	 * @return true when nothing of it is withheld
	 */
	boolean whole(UUID unit) {
		return this.whole.contains(unit);
	}

	/**
	 * The units whose own people a unit's figures leave out.
	 * @param unit the unit
	 * @return the withheld units, empty when the unit is shown whole
	 */
	List<UUID> withheld(UUID unit) {
		return this.withheld.getOrDefault(unit, List.of());
	}

	/**
	 * The units whose own people a unit's figures describe: its subtree less what is withheld.
	 * @param unit the unit
	 * @return the units
	 */
	Set<UUID> shownUnits(UUID unit) {
		Set<UUID> units = new HashSet<>(this.tree.subtree(unit));
		withheld(unit).forEach(units::remove);
		return units;
	}

	/**
	 * The table of one unit: its total, one row per subunit with anything to show and, when the unit is shown whole,
	 * its rest as the row of its own people and an "other" row of what its subunits could not show.
	 * @param unit the unit
	 * @return the table
	 */
	Table table(UUID unit) {
		Set<UUID> total = shownUnits(unit);
		if (people(total) == 0) {
			return new Table(true, withheld(unit), total, List.of(), Set.of(), 0);
		}
		List<Row> rows = new ArrayList<>();
		List<Part> rest = new ArrayList<>();
		if (whole(unit) && own(unit) > 0) {
			rest.add(new Part(unit, Set.of(unit), own(unit)));
		}
		for (UnitTree.Node child : this.tree.children(unit)) {
			Set<UUID> units = shownUnits(child.id());
			if (people(units) > 0) {
				rows.add(new Row(child, false, !this.tree.children(child.id()).isEmpty(), withheld(child.id()), units));
			}
			if (whole(unit) && !withheld(child.id()).isEmpty()) {
				Set<UUID> carried = Set.copyOf(withheld(child.id()));
				rest.add(new Part(child.id(), carried, people(carried)));
			}
		}
		var folded = Disclosure.fold(rest, Part::people, this.minimum);
		folded.shown()
			.forEach((part) -> rows.add(0, new Row(this.tree.node(unit), true, false, List.of(), part.units())));
		Set<UUID> other = new HashSet<>();
		folded.folded().forEach((part) -> other.addAll(part.units()));
		return new Table(false, withheld(unit), total, rows, other, folded.folded().size());
	}

	long people(Set<UUID> units) {
		return units.stream().mapToLong(this::own).sum();
	}

	private record Carry(long subtree, List<UUID> units, long people) {
	}

	private record Part(UUID unit, Set<UUID> units, long people) {
	}

	/**
	 * The plan of one unit's table.
	 *
	 * @param hidden true when it has nothing to show
	 * @param withheld the units whose own people the total leaves out
	 * @param total the units whose own people the total describes
	 * @param rows the rows, the unit's own people first
	 * @param other the units whose own people the "other" row describes, empty when there is none
	 * @param otherGroups how many groups the "other" row holds
	 */
	record Table(boolean hidden, List<UUID> withheld, Set<UUID> total, List<Row> rows, Set<UUID> other,
			int otherGroups) {
	}

	/**
	 * One row.
	 *
	 * @param unit the unit
	 * @param direct whether the row holds only the unit's own people
	 * @param hasSubunits whether there is a table below it
	 * @param withheld the units whose own people the row leaves out
	 * @param units the units whose own people it describes
	 */
	record Row(UnitTree.Node unit, boolean direct, boolean hasSubunits, List<UUID> withheld, Set<UUID> units) {
	}
}
