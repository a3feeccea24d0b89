package se.budkavle.org.directory;

import java.util.List;

/**
 * The file line of each entry of a parsed directory, by position in the snapshot's lists, so that problems found
 * in the snapshot point back to the file.
 */
record SourceLines(List<Integer> units, List<Integer> people, List<Integer> managers) {

	/** For a directory that did not come from a file: problems carry no line. */
	static final SourceLines NONE = new SourceLines(List.of(), List.of(), List.of());

	SourceLines {
		units = List.copyOf(units);
		people = List.copyOf(people);
		managers = List.copyOf(managers);
	}

	Integer unit(int index) {
		return at(this.units, index);
	}

	Integer person(int index) {
		return at(this.people, index);
	}

	Integer manager(int index) {
		return at(this.managers, index);
	}

	private static Integer at(List<Integer> lines, int index) {
		return (index < lines.size()) ? lines.get(index) : null;
	}
}
