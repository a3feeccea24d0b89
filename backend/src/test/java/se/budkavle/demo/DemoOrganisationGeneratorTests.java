package se.budkavle.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.budkavle.identity.Role;
import se.budkavle.integration.directory.DirectoryManager;
import se.budkavle.integration.directory.DirectoryPerson;
import se.budkavle.integration.directory.DirectorySnapshot;
import se.budkavle.integration.directory.DirectoryUnit;
import se.budkavle.integration.directory.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

class DemoOrganisationGeneratorTests {

	private static final String HEMTJANST_SYD = "hsf-aldre-hemtjanst-syd";

	private final DemoOrganisation organisation = DemoOrganisationGenerator.generate();

	private final DirectorySnapshot snapshot = this.organisation.snapshot();

	private final Map<String, DirectoryUnit> units = index(this.snapshot.units(), DirectoryUnit::externalId);

	private final Map<String, DirectoryPerson> people = index(this.snapshot.people(), DirectoryPerson::externalId);

	@Test
	void generatesTheSameOrganisationEveryRun() {
		assertThat(DemoOrganisationGenerator.generate()).isEqualTo(this.organisation);
	}

	@Test
	void hasAboutTwoThousandPeopleInUnitsWithUniqueIds() {
		assertThat(this.snapshot.people()).hasSizeBetween(1_900, 2_100);
		assertThat(this.people).hasSameSizeAs(this.snapshot.people());
		assertThat(this.units).hasSameSizeAs(this.snapshot.units());
		assertThat(this.snapshot.people()).allSatisfy((person) -> {
			assertThat(person.unitExternalIds()).isNotEmpty().allSatisfy((id) -> assertThat(this.units).containsKey(id));
			assertThat(person.displayName()).isNotBlank();
			assertThat(person.jobTitle()).isNotBlank();
		});
	}

	@Test
	void hasFiveLevelsFromTheCityToTheArbetsgrupper() {
		Map<UnitKind, Set<Integer>> levelsByKind = this.snapshot.units().stream()
			.collect(Collectors.groupingBy(DirectoryUnit::kind, Collectors.mapping(this::level, Collectors.toSet())));
		assertThat(levelsByKind).containsOnly(Map.entry(UnitKind.ORGANISATION, Set.of(1)),
				Map.entry(UnitKind.ADMINISTRATION, Set.of(2)), Map.entry(UnitKind.DEPARTMENT, Set.of(3)),
				Map.entry(UnitKind.UNIT, Set.of(4)), Map.entry(UnitKind.TEAM, Set.of(5)));
		assertThat(children("hsf")).extracting(DirectoryUnit::name)
			.containsExactly("Äldreomsorg", "Förskola", "Individ- och familjeomsorg", "Stadsmiljö", "Administration");
		assertThat(children(HEMTJANST_SYD)).extracting(DirectoryUnit::name)
			.containsExactly("Grupp 1", "Grupp 2", "Grupp 3", "Kväll", "Natt");
	}

	@Test
	void everyUnitHasAManagerAndManyHaveADeputy() {
		Set<String> managed = this.snapshot.managers().stream().filter((manager) -> !manager.deputy())
			.map(DirectoryManager::unitExternalId).collect(Collectors.toSet());
		assertThat(managed).isEqualTo(this.units.keySet());
		long deputised = this.snapshot.managers().stream().filter(DirectoryManager::deputy).count();
		assertThat(deputised).isGreaterThan(this.units.size() / 3);
		assertThat(this.snapshot.managers()).allSatisfy((manager) -> assertThat(this.people).containsKey(manager.personExternalId()));
	}

	@Test
	void managersBelongToTheUnitTheyLeadAndArbetsgruppMembersAlsoToTheirEnhet() {
		assertThat(this.snapshot.managers()).filteredOn((manager) -> !manager.deputy()).allSatisfy((manager) ->
				assertThat(person(manager.personExternalId()).unitExternalIds()).contains(manager.unitExternalId()));
		assertThat(this.snapshot.people()).filteredOn((person) -> kind(primaryUnit(person)) == UnitKind.TEAM)
			.isNotEmpty()
			.allSatisfy((person) -> assertThat(person.unitExternalIds())
				.containsExactly(primaryUnit(person), this.units.get(primaryUnit(person)).parentExternalId()));
	}

	@Test
	void givesEveryoneAUniqueValidAsciiAddress() {
		List<String> emails = this.snapshot.people().stream().map(DirectoryPerson::email).toList();
		assertThat(emails).doesNotHaveDuplicates()
			.allSatisfy((email) -> assertThat(email).matches("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*[0-9]*@demo\\.budkavle\\.se"));
		assertThat(emails).contains("lena.sjoberg@demo.budkavle.se", "peter.wikstrom@demo.budkavle.se");
	}

	@Test
	void usesSwedishNamesOfDiverseOriginAndRealisticTitles() {
		Set<String> firstNames = this.snapshot.people().stream().map((person) -> person.displayName().split(" ")[0])
			.collect(Collectors.toSet());
		assertThat(firstNames).hasSizeGreaterThan(120).contains("Anna", "Erik", "Fatima", "Mohammed", "Hodan", "Zeynep");
		assertThat(this.snapshot.people().stream().map(DirectoryPerson::displayName).distinct().count()).isGreaterThan(1_000);
		assertThat(titlesIn("hsf-aldre")).contains("Undersköterska", "Vårdbiträde", "Sjuksköterska", "Enhetschef");
		assertThat(titlesIn("hsf-forskola")).contains("Förskollärare", "Barnskötare", "Rektor");
		assertThat(titlesIn("hsf-ifo")).contains("Socialsekreterare", "Handläggare");
		assertThat(titlesIn("hsf-stadsmiljo")).contains("Parkarbetare");
		assertThat(titlesIn("hsf-adm")).contains("Ekonom", "HR-specialist", "Kommunikatör");
	}

	@Test
	void placesThePersonasAsDescribed() {
		assertThat(this.organisation.personas()).extracting(DemoPersona::key).containsExactly("director",
				"avdelning-manager", "enhet-manager", "employee", "colleague", "outsider", "communicator", "hr", "admin",
				"registrator");
		assertThat(managerOf("hsf")).isEqualTo("demo-director");
		assertThat(primaryUnit(person("demo-director"))).isEqualTo("hsf");
		assertThat(managerOf("hsf-aldre")).isEqualTo("demo-avdelning-manager");
		assertThat(managerOf(HEMTJANST_SYD)).isEqualTo("demo-enhet-manager");
		assertThat(primaryUnit(person("demo-enhet-manager"))).isEqualTo(HEMTJANST_SYD);
		assertThat(this.units.get(HEMTJANST_SYD).parentExternalId()).isEqualTo("hsf-aldre");
		assertThat(person("demo-employee").unitExternalIds()).containsExactly(HEMTJANST_SYD);
		assertThat(person("demo-colleague").unitExternalIds()).containsExactly(HEMTJANST_SYD);
		assertThat(this.units.get(primaryUnit(person("demo-outsider"))).parentExternalId()).isEqualTo("hsf-forskola");
		assertThat(List.of("demo-communicator", "demo-hr", "demo-admin", "demo-registrator"))
			.allSatisfy((id) -> assertThat(person(id).unitExternalIds()).containsExactly("hsf-adm"));
	}

	@Test
	void givesThePersonasTheirNamesAddressesTitlesAndRoles() {
		assertThat(person("demo-enhet-manager")).extracting(DirectoryPerson::displayName, DirectoryPerson::email,
				DirectoryPerson::jobTitle).containsExactly("Maria Holm", "maria.holm@demo.budkavle.se", "Enhetschef");
		assertThat(person("demo-employee").jobTitle()).isEqualTo("Undersköterska");
		Map<String, Set<Role>> roles = this.organisation.personas().stream()
			.filter((persona) -> !persona.roles().isEmpty())
			.collect(Collectors.toMap(DemoPersona::key, DemoPersona::roles));
		assertThat(roles).containsOnly(Map.entry("hr", Set.of(Role.HR)), Map.entry("admin", Set.of(Role.ADMIN)),
				Map.entry("director", Set.of(Role.CRISIS)),
				Map.entry("registrator", Set.of(Role.RECORDS)));
		// The communicator's role is scoped: the role table gives it to her for Hägersten-Älvsjö only.
		assertThat(this.organisation.personas().stream()
			.filter((persona) -> !persona.scopedRoles().isEmpty())
			.collect(Collectors.toMap(DemoPersona::key, DemoPersona::scopedRoles)))
			.containsOnly(Map.entry("communicator", Map.of(Role.COMMUNICATOR, "hsf")));
		assertThat(this.organisation.personas()).allSatisfy((persona) -> assertThat(persona.description()).isNotBlank());
	}

	@Test
	void givesNoGeneratedPersonAPersonasNameOrAddress() {
		Set<String> personaNames = DemoPersonas.ALL.stream().map(DemoPersona::displayName).collect(Collectors.toSet());
		Set<String> personaEmails = DemoPersonas.ALL.stream().map(DemoPersona::email).collect(Collectors.toSet());
		assertThat(this.snapshot.people()).filteredOn((person) -> !person.externalId().matches("demo-[a-z-]+"))
			.allSatisfy((person) -> {
				assertThat(personaNames).doesNotContain(person.displayName());
				assertThat(personaEmails).doesNotContain(person.email());
			});
	}

	private String managerOf(String unitId) {
		return this.snapshot.managers().stream()
			.filter((manager) -> manager.unitExternalId().equals(unitId) && !manager.deputy())
			.map(DirectoryManager::personExternalId)
			.reduce((first, second) -> first + "," + second)
			.orElseThrow();
	}

	private Set<String> titlesIn(String avdelningId) {
		return this.snapshot.people().stream().filter((person) -> within(primaryUnit(person), avdelningId))
			.map(DirectoryPerson::jobTitle).collect(Collectors.toSet());
	}

	private boolean within(String unitId, String ancestorId) {
		for (String id = unitId; id != null; id = this.units.get(id).parentExternalId()) {
			if (id.equals(ancestorId)) {
				return true;
			}
		}
		return false;
	}

	private int level(DirectoryUnit unit) {
		return unit.isRoot() ? 1 : 1 + level(this.units.get(unit.parentExternalId()));
	}

	private List<DirectoryUnit> children(String parentId) {
		return this.snapshot.units().stream().filter((unit) -> parentId.equals(unit.parentExternalId())).toList();
	}

	private UnitKind kind(String unitId) {
		return this.units.get(unitId).kind();
	}

	private DirectoryPerson person(String externalId) {
		return this.people.get(externalId);
	}

	private static String primaryUnit(DirectoryPerson person) {
		return person.unitExternalIds().get(0);
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
		Map<String, T> index = new HashMap<>();
		items.forEach((item) -> index.put(key.apply(item), item));
		return index;
	}
}
