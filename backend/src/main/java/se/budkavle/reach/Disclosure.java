package se.budkavle.reach;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Decides which groups of one table may be shown. A group smaller than the minimum is folded into an "other" row;
 * when the folded groups together are still smaller than the minimum, the smallest shown groups join them until
 * they are not (complementary suppression), so the total minus the shown groups never reveals a small group. A table
 * whose total is below the minimum shows nothing at all.
 */
final class Disclosure {

	private Disclosure() {
	}

	/**
	 * Folds the groups of one table.
	 * @param groups the table's groups, each a set of people with its size
	 * @param size how many people a group has
	 * @param minimum the minimum group size
	 * @param <G> the group type
	 * @return the groups to show and the groups folded into "other"
	 */
	static <G> Folded<G> fold(List<G> groups, ToLongFunction<G> size, int minimum) {
		List<G> present = groups.stream().filter((group) -> size.applyAsLong(group) > 0).toList();
		long total = present.stream().mapToLong(size).sum();
		if (total < minimum) {
			return new Folded<>(List.of(), present, true);
		}
		List<G> shown = new ArrayList<>(present.stream().filter((group) -> size.applyAsLong(group) >= minimum).toList());
		List<G> folded = new ArrayList<>(present.stream().filter((group) -> size.applyAsLong(group) < minimum).toList());
		shown.sort(Comparator.comparingLong(size));
		long other = folded.stream().mapToLong(size).sum();
		while (other > 0 && other < minimum && !shown.isEmpty()) {
			G complement = shown.remove(0);
			folded.add(complement);
			other += size.applyAsLong(complement);
		}
		List<G> inOrder = present.stream().filter(shown::contains).toList();
		return new Folded<>(inOrder, folded, false);
	}

	/**
	 * The outcome of folding one table.
	 *
	 * @param shown the groups whose figures may be shown, in their original order
	 * @param folded the groups shown only together, as "other"
	 * @param hidden whether the table as a whole is too small to show anything
	 */
	record Folded<G>(List<G> shown, List<G> folded, boolean hidden) {

		boolean isShown(G group) {
			return this.shown.contains(group);
		}
	}
}
