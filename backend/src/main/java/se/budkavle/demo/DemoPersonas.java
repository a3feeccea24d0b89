package se.budkavle.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.budkavle.identity.Role;

/**
 * The ten fixed personas, in the order the persona switcher lists them; shared with the Keycloak demo realm.
 */
final class DemoPersonas {

	// She also leads the crisis management (krisledning): the crisis role for the whole organisation.
	static final DemoPersona DIRECTOR = persona("director", "Karin Lindqvist", "Stadsdelsdirektör",
			"Stadsdelsdirektör med ansvar för hela förvaltningen – prova att nå alla medarbetare och följa läsningen per avdelning. "
					+ "Du leder också krisledningen: skicka ett krismeddelande eller en övning och följ sedan uppropet, skicka "
					+ "uppdateringar och ge faran över.",
			Role.CRISIS);

	static final DemoPersona AVDELNING_MANAGER = persona("avdelning-manager", "Anders Berg",
			"Avdelningschef äldreomsorg",
			"Chef för äldreomsorgen med enhetschefer under sig – prova att skriva till hela äldreomsorgen och följa räckvidden per enhet. "
					+ "I krisövningen som pågår följer du uppropet för hela avdelningen.");

	static final DemoPersona ENHET_MANAGER = persona("enhet-manager", "Maria Holm", "Enhetschef",
			"Enhetschef för Hemtjänst Syd – prova att publicera en nyhet till din enhet och se vilka som har läst den. "
					+ "I krisövningen som pågår ser du i uppropet vilka i enheten som inte har svarat och vem som behöver hjälp.");

	static final DemoPersona EMPLOYEE = persona("employee", "Ahmed Hassan", "Undersköterska",
			"Undersköterska i Hemtjänst Syd – prova att läsa nyheter, kvittera och ställa en fråga till din chef. "
					+ "En krisövning pågår: svara i krismeddelandet överst i widgetarna.");

	static final DemoPersona COLLEAGUE = persona("colleague", "Sofia Nilsson", "Undersköterska",
			"Undersköterska i samma enhet som Ahmed – prova att se samma nyheter från en kollegas håll.");

	static final DemoPersona OUTSIDER = persona("outsider", "Johan Ek", "Förskollärare",
			"Förskollärare i en annan avdelning – prova att se att nyheter till äldreomsorgen inte når dig.");

	// Her role is scoped: the role table (seeded) makes her communicator for Hägersten-Älvsjö only, not the whole city.
	static final DemoPersona COMMUNICATOR = new DemoPersona("communicator", "Lena Sjöberg",
			DemoEmails.address("Lena Sjöberg"), "Kommunikatör",
			"Kommunikatör för Hägersten-Älvsjö stadsdelsförvaltning – prova att publicera till förvaltningen och dess "
					+ "avdelningar. Till hela Stockholms stad når du inte: det gör stadens centrala kommunikatörer.",
			Set.of(), Map.of(Role.COMMUNICATOR, DemoStructure.ADMINISTRATION_ID));

	static final DemoPersona HR = persona("hr", "Peter Wikström", "HR-specialist",
			"HR-specialist på administrationsavdelningen – prova att följa räckvidd och kvitteringar per enhet.", Role.HR);

	static final DemoPersona ADMIN = persona("admin", "Nora Lund", "Systemförvaltare",
			"Systemförvaltare för intranätet – prova att läsa in en katalogfil och se vilka ändringar den ger.", Role.ADMIN);

	static final DemoPersona REGISTRATOR = persona("registrator", "Birgitta Holmgren", "Registrator",
			"Registrator för förvaltningen – prova att söka fram allmänna handlingar, lämna ut dem som PDF och JSON, ta "
					+ "fram ett registerutdrag för en person och läsa loggen över administrativa åtgärder.",
			Role.RECORDS);

	static final List<DemoPersona> ALL = List.of(DIRECTOR, AVDELNING_MANAGER, ENHET_MANAGER, EMPLOYEE, COLLEAGUE,
			OUTSIDER, COMMUNICATOR, HR, ADMIN, REGISTRATOR);

	private DemoPersonas() {
	}

	static Optional<DemoPersona> byExternalId(String externalId) {
		return ALL.stream().filter((persona) -> persona.externalId().equals(externalId)).findFirst();
	}

	private static DemoPersona persona(String key, String name, String title, String description, Role... roles) {
		return new DemoPersona(key, name, DemoEmails.address(name), title, description, Set.of(roles), Map.of());
	}
}
