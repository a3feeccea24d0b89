package se.budkavle.org.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import se.budkavle.integration.directory.DirectorySnapshot;
import se.budkavle.org.DirectoryProblem;

/**
 * Finds every problem of a directory before anything is applied, so that one round of corrections fixes them all.
 */
final class DirectoryValidator {

	private static final Comparator<DirectoryProblem> IN_FILE_ORDER = Comparator.comparing(DirectoryProblem::line,
			Comparator.nullsLast(Comparator.naturalOrder()));

	private DirectoryValidator() {
	}

	/**
	 * The problems of a directory read from a file, including those found while reading it.
	 * @param parsed the file as read
	 * @return the problems in line order, empty when the directory may be applied
	 */
	static List<DirectoryProblem> problems(ParsedDirectory parsed) {
		List<DirectoryProblem> problems = new ArrayList<>(parsed.problems());
		check(parsed.snapshot(), parsed.lines(), parsed.unreadUnits(), parsed.unreadPeople(), problems);
		problems.sort(IN_FILE_ORDER);
		return problems;
	}

	/**
	 * The problems of a directory from another source; they carry no line numbers.
	 * @param snapshot the directory
	 * @return the problems, empty when the directory may be applied
	 */
	static List<DirectoryProblem> problems(DirectorySnapshot snapshot) {
		List<DirectoryProblem> problems = new ArrayList<>();
		check(snapshot, SourceLines.NONE, Set.of(), Set.of(), problems);
		return problems;
	}

	private static void check(DirectorySnapshot snapshot, SourceLines lines, Set<String> unreadUnits,
			Set<String> unreadPeople, List<DirectoryProblem> problems) {
		Set<String> units = new UnitRules(snapshot.units(), lines, problems).check(unreadUnits);
		new PeopleRules(lines, problems).check(snapshot.people(), snapshot.managers(), units, unreadPeople);
	}
}
