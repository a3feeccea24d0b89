package se.budkavle.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.budkavle.integration.directory.DirectoryManager;
import se.budkavle.integration.directory.DirectoryPerson;
import se.budkavle.integration.directory.DirectorySnapshot;
import se.budkavle.integration.directory.DirectoryUnit;
import se.budkavle.integration.directory.UnitKind;

/**
 * Collects units, people and manager assignments in the order they are made, giving generated people names and
 * addresses that never clash with a persona's, and each a phone number from the series PTS reserves for fiction.
 */
final class SnapshotBuilder {

	/** The first of the mobile numbers PTS reserves for fiction (070-1740605 … 070-1740699), in E.164 form. */
	static final long FIRST_FICTIONAL_NUMBER = 46701740605L;

	/** How many numbers the series has; people share them in turn. */
	static final int FICTIONAL_NUMBERS = 95;

	private final List<DirectoryUnit> units = new ArrayList<>();

	private final List<DirectoryPerson> people = new ArrayList<>();

	private final List<DirectoryManager> managers = new ArrayList<>();

	private final DemoNames names;

	private final DemoEmails emails = new DemoEmails();

	private final Set<String> personaNames;

	SnapshotBuilder(DemoNames names, List<DemoPersona> personas) {
		this.names = names;
		this.personaNames = personas.stream().map(DemoPersona::displayName).collect(Collectors.toSet());
		personas.forEach((persona) -> this.emails.reserve(persona.email()));
	}

	void unit(String externalId, String name, UnitKind kind, String parentExternalId) {
		this.units.add(new DirectoryUnit(externalId, name, kind, parentExternalId));
	}

	/**
	 * Adds a made-up person.
	 * @param jobTitle the job title
	 * @param unitExternalIds the person's units, primary first
	 * @return the person's external id
	 */
	String person(String jobTitle, String... unitExternalIds) {
		DemoNames.Name name = this.names.next();
		while (this.personaNames.contains(name.displayName())) {
			name = this.names.next();
		}
		String externalId = "demo-%04d".formatted(this.people.size() + 1);
		String email = this.emails.next(name.first(), name.last());
		this.people.add(new DirectoryPerson(externalId, name.displayName(), email, jobTitle, List.of(unitExternalIds),
				nextPhone()));
		return externalId;
	}

	/**
	 * Adds a persona.
	 * @param persona the persona
	 * @param unitExternalIds the persona's units, primary first
	 * @return the persona's external id
	 */
	String persona(DemoPersona persona, String... unitExternalIds) {
		this.people.add(new DirectoryPerson(persona.externalId(), persona.displayName(), persona.email(),
				persona.jobTitle(), List.of(unitExternalIds), nextPhone()));
		return persona.externalId();
	}

	// Only numbers reserved for fiction, so a demo crisis never texts a real phone.
	private String nextPhone() {
		return "+" + (FIRST_FICTIONAL_NUMBER + (this.people.size() % FICTIONAL_NUMBERS));
	}

	void manager(String unitExternalId, String personExternalId, boolean deputy) {
		this.managers.add(new DirectoryManager(unitExternalId, personExternalId, deputy));
	}

	DirectorySnapshot snapshot() {
		return new DirectorySnapshot(this.units, this.people, this.managers);
	}
}
