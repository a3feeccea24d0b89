package se.budkavle.org.directory;

import java.util.List;
import java.util.Set;

import se.budkavle.integration.directory.DirectorySnapshot;
import se.budkavle.org.DirectoryProblem;

/**
 * A directory file read into a snapshot, with the lines its entries came from and the problems found while reading.
 *
 * @param snapshot the entries that could be read
 * @param lines the line of each entry
 * @param unreadUnits ids of units on lines that could not be read, so references to them are not reported again
 * @param unreadPeople ids of people on lines that could not be read
 * @param problems problems found while reading
 */
record ParsedDirectory(DirectorySnapshot snapshot, SourceLines lines, Set<String> unreadUnits,
		Set<String> unreadPeople, List<DirectoryProblem> problems) {

	ParsedDirectory {
		unreadUnits = Set.copyOf(unreadUnits);
		unreadPeople = Set.copyOf(unreadPeople);
		problems = List.copyOf(problems);
	}
}
