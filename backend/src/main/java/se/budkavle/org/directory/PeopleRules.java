package se.budkavle.org.directory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import se.budkavle.integration.directory.DirectoryManager;
import se.budkavle.integration.directory.DirectoryPerson;
import se.budkavle.integration.directory.PhoneNumbers;
import se.budkavle.org.DirectoryProblem;

/**
 * Checks the people and manager assignments of a directory against each other and against its units.
 */
final class PeopleRules {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

	private final SourceLines lines;

	private final List<DirectoryProblem> problems;

	private final Map<String, Integer> firstIndex = new HashMap<>();

	private final Map<String, Integer> emails = new HashMap<>();

	private final Set<String> assignments = new HashSet<>();

	PeopleRules(SourceLines lines, List<DirectoryProblem> problems) {
		this.lines = lines;
		this.problems = problems;
	}

	/**
	 * Reports every problem of the people and managers.
	 * @param people the people
	 * @param managers the manager assignments
	 * @param units the ids of all units, read or not
	 * @param unreadPeople ids of people whose lines could not be read; references to them are not reported
	 */
	void check(List<DirectoryPerson> people, List<DirectoryManager> managers, Set<String> units,
			Set<String> unreadPeople) {
		for (int i = 0; i < people.size(); i++) {
			person(i, people.get(i), units);
		}
		Set<String> known = new HashSet<>(this.firstIndex.keySet());
		known.addAll(unreadPeople);
		for (int i = 0; i < managers.size(); i++) {
			manager(i, managers.get(i), known, units);
		}
	}

	private void person(int index, DirectoryPerson person, Set<String> units) {
		String id = person.externalId();
		if (id.isBlank()) {
			report(index, "id", "missing id");
		}
		else {
			Integer first = this.firstIndex.putIfAbsent(id, index);
			if (first != null) {
				report(index, "id", "duplicate person id '" + id + "'" + UnitRules.firstSeen(this.lines.person(first)));
			}
		}
		if (person.displayName() == null || person.displayName().isBlank()) {
			report(index, "name", "person '" + id + "' has no name");
		}
		email(index, person);
		phone(index, person);
		memberships(index, person, units);
	}

	private void email(int index, DirectoryPerson person) {
		if (person.email() == null) {
			return;
		}
		if (!EMAIL.matcher(person.email()).matches()) {
			report(index, "email", "'" + person.email() + "' of person '" + person.externalId()
					+ "' is not an e-mail address");
			return;
		}
		Integer first = this.emails.putIfAbsent(person.email().toLowerCase(Locale.ROOT), index);
		if (first != null) {
			report(index, "email", "e-mail '" + person.email() + "' of person '" + person.externalId()
					+ "' is already used by another person" + UnitRules.firstSeen(this.lines.person(first)));
		}
	}

	private void phone(int index, DirectoryPerson person) {
		if (person.phone() != null && PhoneNumbers.normalise(person.phone()) == null) {
			report(index, "phone", "'" + person.phone() + "' of person '" + person.externalId()
					+ "' is not a phone number (international form such as +46701740605, or 070-174 06 05)");
		}
	}

	private void memberships(int index, DirectoryPerson person, Set<String> units) {
		Set<String> listed = new HashSet<>();
		for (String unit : person.unitExternalIds()) {
			if (!units.contains(unit)) {
				report(index, "units", "unknown unit '" + unit + "' in the units of person '"
						+ person.externalId() + "'");
			}
			else if (!listed.add(unit)) {
				report(index, "units", "unit '" + unit + "' is listed twice for person '" + person.externalId() + "'");
			}
		}
	}

	private void manager(int index, DirectoryManager manager, Set<String> people, Set<String> units) {
		Integer line = this.lines.manager(index);
		String unit = manager.unitExternalId();
		String person = manager.personExternalId();
		if (!units.contains(unit)) {
			this.problems.add(new DirectoryProblem(line, "unit",
					"unknown unit '" + unit + "' for manager '" + person + "'"));
		}
		if (!people.contains(person)) {
			this.problems.add(new DirectoryProblem(line, "person",
					"unknown person '" + person + "' as manager of unit '" + unit + "'"));
		}
		if (!this.assignments.add(unit + '\u0000' + person)) {
			this.problems.add(new DirectoryProblem(line, "person",
					"person '" + person + "' is listed twice as manager of unit '" + unit + "'"));
		}
	}

	private void report(int index, String field, String message) {
		this.problems.add(new DirectoryProblem(this.lines.person(index), field, message));
	}
}
