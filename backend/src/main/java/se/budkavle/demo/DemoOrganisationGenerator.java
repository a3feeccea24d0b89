package se.budkavle.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

import se.budkavle.demo.DemoStructure.Avdelning;
import se.budkavle.demo.DemoStructure.Enhet;
import se.budkavle.integration.directory.UnitKind;

import static se.budkavle.demo.DemoPersonas.*;
import static se.budkavle.demo.DemoStructure.*;

/**
 * Generates the demo organisation: Stockholms stad, one stadsdelsförvaltning of about 2,000 people in five levels,
 * and the personas at their fixed places. A fixed seed makes every run produce the same organisation.
 */
final class DemoOrganisationGenerator {

	private static final long SEED = 20_260_101L;

	/** Enheter without arbetsgrupper from this size have a ställföreträdande chef. */
	private static final int DEPUTY_FROM_SIZE = 20;

	private static final int STAB_SIZE = 2;

	private static final Map<String, DemoPersona> PERSONA_MANAGERS = Map.of(ADMINISTRATION_ID, DIRECTOR, "hsf-aldre",
			AVDELNING_MANAGER, "hsf-aldre-hemtjanst-syd", ENHET_MANAGER);

	private static final Map<String, List<DemoPersona>> PERSONA_MEMBERS = Map.of("hsf-aldre-hemtjanst-syd",
			List.of(EMPLOYEE, COLLEAGUE), "hsf-forskola-forskolan-ekorren", List.of(OUTSIDER), "hsf-adm",
			List.of(COMMUNICATOR, HR, ADMIN, REGISTRATOR));

	private final Random random = new Random(SEED);

	private final SnapshotBuilder org = new SnapshotBuilder(new DemoNames(this.random), DemoPersonas.ALL);

	private DemoOrganisationGenerator() {
	}

	/**
	 * Generates the organisation; every call returns an equal result.
	 * @return the snapshot and the personas
	 */
	static DemoOrganisation generate() {
		return new DemoOrganisationGenerator().build();
	}

	private DemoOrganisation build() {
		this.org.unit(CITY_ID, CITY_NAME, UnitKind.ORGANISATION, null);
		this.org.manager(CITY_ID, this.org.person("Stadsdirektör", CITY_ID), false);
		this.org.unit(ADMINISTRATION_ID, ADMINISTRATION_NAME, UnitKind.ADMINISTRATION, CITY_ID);
		this.org.manager(ADMINISTRATION_ID, manager(ADMINISTRATION_ID, "Stadsdelsdirektör"), false);
		this.org.manager(ADMINISTRATION_ID, this.org.person("Biträdande stadsdelsdirektör", ADMINISTRATION_ID), true);
		this.org.person("Förvaltningsassistent", ADMINISTRATION_ID);
		AVDELNINGAR.forEach(this::avdelning);
		return new DemoOrganisation(this.org.snapshot(), DemoPersonas.ALL);
	}

	private void avdelning(Avdelning avdelning) {
		String id = avdelning.externalId();
		this.org.unit(id, avdelning.name(), UnitKind.DEPARTMENT, ADMINISTRATION_ID);
		this.org.manager(id, manager(id, avdelning.managerTitle()), false);
		placePersonas(id);
		for (int n = 0; n < STAB_SIZE; n++) {
			this.org.person(DemoArea.STAB.staffTitle(this.random), id);
		}
		String lastEnhetManager = null;
		for (Enhet enhet : avdelning.enheter()) {
			lastEnhetManager = enhet(avdelning, enhet);
		}
		// One of the enhetschefer stands in for the avdelningschef, as is common practice.
		this.org.manager(id, lastEnhetManager, true);
	}

	private String enhet(Avdelning avdelning, Enhet enhet) {
		String id = enhet.externalId(avdelning);
		this.org.unit(id, enhet.name(), UnitKind.UNIT, avdelning.externalId());
		String manager = manager(id, enhet.area().managerTitle());
		this.org.manager(id, manager, false);
		int staff = enhet.size() - 1 - placePersonas(id);
		if (enhet.teams().isEmpty()) {
			staffWithoutTeams(id, enhet, staff);
		}
		else {
			enhet.area().supportTitles().forEach((title) -> this.org.person(title, id));
			teams(id, enhet, staff - enhet.area().supportTitles().size());
		}
		return manager;
	}

	private void staffWithoutTeams(String id, Enhet enhet, int staff) {
		for (int n = 0; n < staff; n++) {
			String person = this.org.person(enhet.area().staffTitle(this.random), id);
			if (n == 0 && enhet.size() >= DEPUTY_FROM_SIZE) {
				this.org.manager(id, person, true);
			}
		}
	}

	private void teams(String enhetId, Enhet enhet, int staff) {
		List<String> teams = enhet.teams();
		for (int i = 0; i < teams.size(); i++) {
			String id = enhetId + "-" + DemoEmails.slug(teams.get(i));
			this.org.unit(id, teams.get(i), UnitKind.TEAM, enhetId);
			String lead = this.org.person(enhet.area().teamLeadTitle(), id, enhetId);
			this.org.manager(id, lead, false);
			if (i == 0) {
				this.org.manager(enhetId, lead, true);
			}
			int size = staff / teams.size() + ((i < staff % teams.size()) ? 1 : 0);
			for (int n = 1; n < size; n++) {
				this.org.person(enhet.area().staffTitle(this.random), id, enhetId);
			}
		}
	}

	private String manager(String unitId, String title) {
		DemoPersona persona = PERSONA_MANAGERS.get(unitId);
		return (persona != null) ? this.org.persona(persona, unitId) : this.org.person(title, unitId);
	}

	private int placePersonas(String unitId) {
		List<DemoPersona> personas = PERSONA_MEMBERS.getOrDefault(unitId, List.of());
		personas.forEach((persona) -> this.org.persona(persona, unitId));
		return personas.size();
	}
}
