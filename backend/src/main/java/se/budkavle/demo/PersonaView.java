package se.budkavle.demo;

import java.util.UUID;

import se.budkavle.org.Person;

/**
 * A persona as the persona switcher lists it.
 *
 * @param key the stable key, such as {@code employee}
 * @param personId the person's id, to ask for a token with
 * @param displayName the person's name
 * @param title the person's job title
 * @param description who this is and what to try, in Swedish
 */
record PersonaView(String key, UUID personId, String displayName, String title, String description) {

	static PersonaView of(DemoPersona persona, Person person) {
		return new PersonaView(persona.key(), person.id(), person.displayName(), person.jobTitle(),
				persona.description());
	}
}
