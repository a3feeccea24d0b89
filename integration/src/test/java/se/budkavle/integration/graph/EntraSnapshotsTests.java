package se.budkavle.integration.graph;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.budkavle.integration.directory.DirectoryManager;
import se.budkavle.integration.directory.DirectoryPerson;
import se.budkavle.integration.directory.DirectorySnapshot;
import se.budkavle.integration.directory.DirectoryUnit;
import se.budkavle.integration.directory.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

class EntraSnapshotsTests {

	static EntraUser user(String id, String name, String title, String department, String manager) {
		return new EntraUser(id, name, id + "@demo.budkavle.se", id + "@demo.budkavle.se", title, department, null,
				null, true, manager, department);
	}

	static final List<EntraUser> USERS = List.of(
			user("karin", "Karin Lindqvist", "Stadsdelsdirektör", "Hägersten-Älvsjö", null),
			user("anders", "Anders Berg", "Avdelningschef", "Hägersten-Älvsjö/Äldreomsorg", "karin"),
			user("maria", "Maria Holm", "Enhetschef", "Hägersten-Älvsjö/Äldreomsorg/Hemtjänst Syd", "anders"),
			user("ahmed", "Ahmed Hassan", "Undersköterska", "Hägersten-Älvsjö/Äldreomsorg/Hemtjänst Syd", "maria"),
			user("sofia", "Sofia Nilsson", "Undersköterska", "Hägersten-Älvsjö/Äldreomsorg/Hemtjänst Syd ", "maria"),
			user("lone", "Lone Wolf", "Konsult", null, null));

	@Test
	void theManagerHierarchyGivesEveryManagerAUnitOfTheirDirectReports() {
		List<EntraUser> users = List.of(user("karin", "Karin Lindqvist", "Stadsdelsdirektör", "Hägersten-Älvsjö", null),
				user("anders", "Anders Berg", "Avdelningschef", "Äldreomsorg", "karin"),
				user("maria", "Maria Holm", "Enhetschef", "Hemtjänst Syd", "anders"),
				user("ahmed", "Ahmed Hassan", "Undersköterska", "Hemtjänst Syd", "maria"),
				user("lone", "Lone Wolf", "Konsult", null, null));
		DirectorySnapshot snapshot = EntraSnapshots.snapshot(users,
				new UnitOptions(UnitSource.MANAGER_HIERARCHY, null, "Utan chef"));
		assertThat(snapshot.units()).containsExactlyInAnyOrder(
				new DirectoryUnit("entra-manager-karin", "Hägersten-Älvsjö", UnitKind.ORGANISATION, null),
				new DirectoryUnit("entra-manager-anders", "Äldreomsorg", UnitKind.ADMINISTRATION,
						"entra-manager-karin"),
				new DirectoryUnit("entra-manager-maria", "Hemtjänst Syd", UnitKind.DEPARTMENT,
						"entra-manager-anders"),
				new DirectoryUnit("entra-unassigned", "Utan chef", UnitKind.ORGANISATION, null));
		assertThat(snapshot.managers()).containsExactlyInAnyOrder(
				new DirectoryManager("entra-manager-karin", "karin", false),
				new DirectoryManager("entra-manager-anders", "anders", false),
				new DirectoryManager("entra-manager-maria", "maria", false));
		assertThat(snapshot.people()).extracting(DirectoryPerson::externalId, (p) -> p.unitExternalIds().get(0))
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("karin", "entra-manager-karin"),
					org.assertj.core.groups.Tuple.tuple("anders", "entra-manager-anders"),
					org.assertj.core.groups.Tuple.tuple("maria", "entra-manager-maria"),
					org.assertj.core.groups.Tuple.tuple("ahmed", "entra-manager-maria"),
					org.assertj.core.groups.Tuple.tuple("lone", "entra-unassigned"));
	}

	@Test
	void aDepartmentPathMakesEveryUnitAlongItAndPlacesPeopleAtItsEnd() {
		DirectorySnapshot snapshot = EntraSnapshots.snapshot(USERS,
				new UnitOptions(UnitSource.DEPARTMENT_PATH, "/", null));
		assertThat(snapshot.units()).containsExactlyInAnyOrder(
				new DirectoryUnit("entra-path:hägersten-älvsjö", "Hägersten-Älvsjö", UnitKind.ORGANISATION, null),
				new DirectoryUnit("entra-path:hägersten-älvsjö/äldreomsorg", "Äldreomsorg", UnitKind.ADMINISTRATION,
						"entra-path:hägersten-älvsjö"),
				new DirectoryUnit("entra-path:hägersten-älvsjö/äldreomsorg/hemtjänst syd", "Hemtjänst Syd",
						UnitKind.DEPARTMENT, "entra-path:hägersten-älvsjö/äldreomsorg"),
				new DirectoryUnit("entra-unassigned", "Utan enhet", UnitKind.ORGANISATION, null));
		assertThat(snapshot.managers()).containsExactlyInAnyOrder(
				new DirectoryManager("entra-path:hägersten-älvsjö", "karin", false),
				new DirectoryManager("entra-path:hägersten-älvsjö/äldreomsorg", "anders", false),
				new DirectoryManager("entra-path:hägersten-älvsjö/äldreomsorg/hemtjänst syd", "maria", false));
		assertThat(snapshot.people()).filteredOn((p) -> p.externalId().equals("sofia"))
			.singleElement()
			.satisfies((p) -> assertThat(p.unitExternalIds())
				.containsExactly("entra-path:hägersten-älvsjö/äldreomsorg/hemtjänst syd"));
	}

	@Test
	void disabledAccountsAreLeftOutAndTheirReportsHaveNoManager() {
		EntraUser disabledMaria = new EntraUser("maria", "Maria Holm", null, null, "Enhetschef", "Hemtjänst Syd",
				null, null, false, "anders", null);
		DirectorySnapshot snapshot = EntraSnapshots.snapshot(
				List.of(user("anders", "Anders Berg", "Avdelningschef", "Äldreomsorg", null), disabledMaria,
						user("ahmed", "Ahmed Hassan", "Undersköterska", "Hemtjänst Syd", "maria")),
				new UnitOptions(UnitSource.MANAGER_HIERARCHY, null, null));
		assertThat(snapshot.people()).extracting(DirectoryPerson::externalId).containsExactlyInAnyOrder("anders",
				"ahmed");
		assertThat(snapshot.units()).extracting(DirectoryUnit::externalId).containsExactly("entra-unassigned");
	}

	@Test
	void aCycleOfManagersStillGivesATreeAndDuplicateOrBrokenAddressesAreLeftOut() {
		EntraUser a = new EntraUser("a", "A", "same@demo.budkavle.se", null, null, "X", null, null, true, "b", null);
		EntraUser b = new EntraUser("b", "B", "SAME@demo.budkavle.se", null, null, "Y", null, null, true, "a", null);
		EntraUser c = new EntraUser("c", "C", "not an address", null, null, null, null, null, true, "a", null);
		DirectorySnapshot snapshot = EntraSnapshots.snapshot(List.of(a, b, c),
				new UnitOptions(UnitSource.MANAGER_HIERARCHY, null, null));
		assertThat(snapshot.units()).allMatch(DirectoryUnit::isRoot);
		assertThat(snapshot.people()).extracting(DirectoryPerson::email)
			.containsExactly("same@demo.budkavle.se", null, null);
	}

	@Test
	void phoneNumbersAreKeptInInternationalFormAndOnesThatAreNoNumberAreLeftOut() {
		EntraUser a = new EntraUser("a", "A", null, null, null, "X", null, null, true, null, null, "070-174 06 05");
		EntraUser b = new EntraUser("b", "B", null, null, null, "X", null, null, true, "a", null, "ring växeln");
		EntraUser c = new EntraUser("c", "C", null, null, null, "X", null, null, true, "a", null, null);
		DirectorySnapshot snapshot = EntraSnapshots.snapshot(List.of(a, b, c),
				new UnitOptions(UnitSource.MANAGER_HIERARCHY, null, null));
		assertThat(snapshot.people()).extracting(DirectoryPerson::phone).containsExactly("+46701740605", null, null);
	}

	@Test
	void thePartOfSomeUsersHoldsExactlyTheirEntriesInTheWholeSnapshotInBothUnitSources() {
		java.util.Random random = new java.util.Random(16);
		List<EntraUser> users = new java.util.ArrayList<>(USERS);
		users.add(new EntraUser("x", "X", "SOFIA@demo.budkavle.se", null, null, "Förskola", null, null, true, "sofia",
				"Förskola/Solrosen"));
		users.add(new EntraUser("y", "Y", null, null, "Chef", null, null, null, false, "karin", null));
		users.add(new EntraUser("z", "Z", null, null, null, "Förskola", null, null, true, "x", "Förskola"));
		for (UnitSource source : UnitSource.values()) {
			UnitOptions options = new UnitOptions(source, null, null);
			DirectorySnapshot whole = EntraSnapshots.snapshot(users, options);
			java.util.Set<String> leaders = new java.util.HashSet<>();
			whole.managers().forEach((manager) -> leaders.add(manager.personExternalId()));
			for (int round = 0; round < 20; round++) {
				java.util.Set<String> scope = new java.util.HashSet<>();
				users.stream().filter((user) -> random.nextBoolean()).forEach((user) -> scope.add(user.id()));
				java.util.Set<String> scopedLeaders = new java.util.HashSet<>(leaders);
				scopedLeaders.retainAll(scope);

				DirectorySnapshot part = EntraSnapshots.part(users, scopedLeaders, scope, users, options);

				assertThat(part.people()).containsExactlyInAnyOrderElementsOf(
						whole.people().stream().filter((person) -> scope.contains(person.externalId())).toList());
				assertThat(whole.units()).containsAll(part.units());
				assertThat(part.managers()).containsExactlyInAnyOrderElementsOf(
						whole.managers().stream().filter((manager) -> scope.contains(manager.personExternalId()))
							.toList());
				part.people().forEach((person) -> assertThat(whole.units().stream()
					.anyMatch((unit) -> unit.externalId().equals(person.unitExternalIds().get(0)))).isTrue());
			}
		}
	}
}
