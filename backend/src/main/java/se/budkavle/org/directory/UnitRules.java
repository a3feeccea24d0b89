package se.budkavle.org.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.budkavle.integration.directory.DirectoryUnit;
import se.budkavle.org.DirectoryProblem;

/**
 * Checks the units of a directory: ids, names, parents and that the parents form a tree.
 */
final class UnitRules {

	private final List<DirectoryUnit> units;

	private final SourceLines lines;

	private final List<DirectoryProblem> problems;

	private final Map<String, Integer> firstIndex = new LinkedHashMap<>();

	UnitRules(List<DirectoryUnit> units, SourceLines lines, List<DirectoryProblem> problems) {
		this.units = units;
		this.lines = lines;
		this.problems = problems;
	}

	/**
	 * Reports every problem of the units.
	 * @param unreadUnits ids of units whose lines could not be read; references to them are not reported
	 * @return the ids of all units, read or not, for checking references to them
	 */
	Set<String> check(Set<String> unreadUnits) {
		if (this.units.isEmpty() && unreadUnits.isEmpty()) {
			this.problems.add(new DirectoryProblem(null, null,
					"the directory has no units; applying it would deactivate the whole organisation"));
		}
		for (int i = 0; i < this.units.size(); i++) {
			identity(i);
		}
		Set<String> known = new HashSet<>(this.firstIndex.keySet());
		known.addAll(unreadUnits);
		for (int i = 0; i < this.units.size(); i++) {
			parent(i, known);
		}
		cycles();
		return known;
	}

	private void identity(int index) {
		DirectoryUnit unit = this.units.get(index);
		if (unit.externalId().isBlank()) {
			report(index, "id", "missing id");
			return;
		}
		Integer first = this.firstIndex.putIfAbsent(unit.externalId(), index);
		if (first != null) {
			report(index, "id", "duplicate unit id '" + unit.externalId() + "'" + firstSeen(this.lines.unit(first)));
		}
		if (unit.name() == null || unit.name().isBlank()) {
			report(index, "name", "unit '" + unit.externalId() + "' has no name");
		}
	}

	private void parent(int index, Set<String> known) {
		DirectoryUnit unit = this.units.get(index);
		if (!unit.isRoot() && !known.contains(unit.parentExternalId())) {
			report(index, "parent",
					"unknown parent '" + unit.parentExternalId() + "' of unit '" + unit.externalId() + "'");
		}
	}

	private void cycles() {
		Map<String, String> parentOf = new HashMap<>();
		this.firstIndex.forEach((id, index) -> parentOf.put(id, this.units.get(index).parentExternalId()));
		Set<String> done = new HashSet<>();
		for (String start : this.firstIndex.keySet()) {
			List<String> path = new ArrayList<>();
			String current = start;
			while (current != null && parentOf.containsKey(current) && !done.contains(current)) {
				int seen = path.indexOf(current);
				if (seen >= 0) {
					cycle(path.subList(seen, path.size()));
					break;
				}
				path.add(current);
				current = parentOf.get(current);
			}
			done.addAll(path);
		}
	}

	private void cycle(List<String> members) {
		for (int i = 0; i < members.size(); i++) {
			List<String> round = new ArrayList<>(members.subList(i, members.size()));
			round.addAll(members.subList(0, i + 1));
			report(this.firstIndex.get(members.get(i)), "parent", "unit '" + members.get(i)
					+ "' is its own ancestor: " + round.stream().collect(Collectors.joining(" → ")));
		}
	}

	private void report(int index, String field, String message) {
		this.problems.add(new DirectoryProblem(this.lines.unit(index), field, message));
	}

	static String firstSeen(Integer line) {
		return (line != null) ? " (first on line " + line + ")" : "";
	}
}
