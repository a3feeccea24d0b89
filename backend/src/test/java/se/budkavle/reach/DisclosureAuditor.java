package se.budkavle.reach;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An auditor that knows the whole organisation and is shown every table the reach API returns. It works in "atoms":
 * the people counted directly at one unit. Every shown figure describes a set of atoms; the auditor checks that each
 * figure's people count matches its set, that no two shown sets differ by fewer than k people, and, more strongly,
 * that the people no shown figure tells apart (atoms with the same membership in every shown set) are 0 or at least k.
 * Whatever anyone derives by adding and subtracting shown figures is constant on such a class, so a class of k or more
 * people is the finest group the figures can ever describe.
 */
final class DisclosureAuditor {

	private final List<UUID> units;

	private final Map<UUID, Integer> index = new HashMap<>();

	private final long[] direct;

	private final Map<UUID, List<UUID>> children = new HashMap<>();

	private final Map<UUID, BitSet> subtrees = new HashMap<>();

	private final List<Shown> shown = new ArrayList<>();

	private final List<String> inconsistencies = new ArrayList<>();

	private final Map<UUID, BitSet> totals = new HashMap<>();

	/**
	 * @param parents each unit's parent (null at a top)
	 * @param people the people counted directly at each unit
	 */
	DisclosureAuditor(Map<UUID, UUID> parents, Map<UUID, Long> people) {
		this.units = new ArrayList<>(parents.keySet());
		this.direct = new long[this.units.size()];
		for (int i = 0; i < this.units.size(); i++) {
			this.index.put(this.units.get(i), i);
			this.direct[i] = people.getOrDefault(this.units.get(i), 0L);
		}
		parents.forEach((unit, parent) -> {
			if (parent != null) {
				this.children.computeIfAbsent(parent, (key) -> new ArrayList<>()).add(unit);
			}
		});
	}

	List<UUID> units() {
		return this.units;
	}

	BitSet subtree(UUID unit) {
		BitSet known = this.subtrees.get(unit);
		if (known != null) {
			return known;
		}
		BitSet set = only(unit);
		for (UUID child : this.children.getOrDefault(unit, List.of())) {
			set.or(subtree(child));
		}
		this.subtrees.put(unit, set);
		return set;
	}

	BitSet only(UUID unit) {
		BitSet set = new BitSet();
		set.set(this.index.get(unit));
		return set;
	}

	long people(BitSet set) {
		long people = 0;
		for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
			people += this.direct[i];
		}
		return people;
	}

	/**
	 * Records one shown figure.
	 * @param where which table and row showed it
	 * @param set the people it describes, as the reader of the table can tell from the organisation chart
	 * @param claimed the people count the table printed for it, or null when it printed none
	 */
	void show(String where, BitSet set, Long claimed) {
		long people = people(set);
		if (claimed != null && claimed != people) {
			this.inconsistencies.add(where + " claims " + claimed + " people but describes " + people);
		}
		if (people > 0) {
			this.shown.add(new Shown(where, (BitSet) set.clone(), people));
		}
	}

	/**
	 * Everything a reader could learn about fewer than k people.
	 * @param minimum k
	 * @return one line per problem, empty when the figures are safe
	 */
	List<String> problems(int minimum) {
		List<String> problems = new ArrayList<>(this.inconsistencies);
		for (Shown figure : this.shown) {
			if (figure.people() < minimum) {
				problems.add(figure.where() + " shows " + figure.people() + " people");
			}
		}
		List<Shown> distinct = distinct();
		for (Shown larger : distinct) {
			for (Shown smaller : distinct) {
				if (smaller.people() < larger.people() && contains(larger.set(), smaller.set())) {
					BitSet difference = (BitSet) larger.set().clone();
					difference.andNot(smaller.set());
					long people = people(difference);
					if (people > 0 && people < minimum) {
						problems.add(larger.where() + " minus " + smaller.where() + " leaves " + people + " people");
					}
				}
			}
		}
		classes().forEach((signature, people) -> {
			if (people > 0 && people < minimum) {
				problems.add(people + " people are told apart from everyone else by " + describe(signature));
			}
		});
		return problems;
	}

	/**
	 * Records the total a unit's own table showed, for {@link #coverage}.
	 * @param unit the unit
	 * @param set the people its total describes
	 */
	void total(UUID unit, BitSet set) {
		this.totals.put(unit, (BitSet) set.clone());
	}

	/**
	 * How much of the organisation the tables show: of the units with at least k people, the share whose own table
	 * shows a total that leaves out fewer than k of their people ("shown"), and the share whose total is their whole
	 * subtree ("whole").
	 * @param minimum k
	 * @return the two shares, 0–1
	 */
	Coverage coverage(int minimum) {
		long eligible = 0;
		long shown = 0;
		long whole = 0;
		for (UUID unit : this.units) {
			BitSet subtree = subtree(unit);
			BitSet total = this.totals.get(unit);
			if (people(subtree) >= minimum) {
				eligible++;
				if (total != null && people(subtree) - people(total) < minimum) {
					shown++;
				}
				if (subtree.equals(total)) {
					whole++;
				}
			}
		}
		return new Coverage((double) shown / eligible, (double) whole / eligible);
	}

	/** The shares of units with at least k people whose figures are shown, and shown whole. */
	record Coverage(double shown, double whole) {
	}

	private List<Shown> distinct() {
		Map<BitSet, Shown> distinct = new LinkedHashMap<>();
		this.shown.forEach((figure) -> distinct.putIfAbsent(figure.set(), figure));
		return List.copyOf(distinct.values());
	}

	private Map<BitSet, Long> classes() {
		Map<BitSet, Long> classes = new HashMap<>();
		for (int atom = 0; atom < this.units.size(); atom++) {
			BitSet signature = new BitSet();
			for (int figure = 0; figure < this.shown.size(); figure++) {
				if (this.shown.get(figure).set().get(atom)) {
					signature.set(figure);
				}
			}
			if (!signature.isEmpty()) {
				classes.merge(signature, this.direct[atom], Long::sum);
			}
		}
		return classes;
	}

	private String describe(BitSet signature) {
		List<String> where = new ArrayList<>();
		signature.stream().limit(3).forEach((figure) -> where.add(this.shown.get(figure).where()));
		return where + ((signature.cardinality() > 3) ? " and " + (signature.cardinality() - 3) + " more" : "");
	}

	private static boolean contains(BitSet larger, BitSet smaller) {
		BitSet outside = (BitSet) smaller.clone();
		outside.andNot(larger);
		return outside.isEmpty();
	}

	private record Shown(String where, BitSet set, long people) {
	}
}
