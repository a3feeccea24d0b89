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
		// Indices rather than the groups themselves: two groups may be equal (the same size) and still be two rows.
		List<Integer> shown = new ArrayList<>();
		List<Integer> folded = new ArrayList<>();
		for (int i = 0; i < present.size(); i++) {
			(size.applyAsLong(present.get(i)) >= minimum ? shown : folded).add(i);
		}
		long other = folded.stream().mapToLong((i) -> size.applyAsLong(present.get(i))).sum();
		List<Integer> bySize = new ArrayList<>(shown);
		bySize.sort(Comparator.comparingLong((Integer i) -> size.applyAsLong(present.get(i))));
		while (other > 0 && other < minimum && !bySize.isEmpty()) {
			Integer complement = bySize.remove(0);
			shown.remove(complement);
			folded.add(complement);
			other += size.applyAsLong(present.get(complement));
		}
		List<G> inOrder = shown.stream().map(present::get).toList();
		List<G> foldedGroups = folded.stream().map(present::get).toList();
		return new Folded<>(inOrder, foldedGroups, false);
	}

	/**
	 * The outcome of folding one table.
	 *
	 * @param shown the groups whose figures may be shown, in their original order
	 * @param folded the groups shown only together, as "other"
	 * @param hidden whether the table as a whole is too small to show anything
	 */
	record Folded<G>(List<G> shown, List<G> folded, boolean hidden) {
	}
}
