package se.budkavle.org;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import se.budkavle.integration.directory.DirectoryManager;
import se.budkavle.integration.directory.DirectoryPerson;
import se.budkavle.integration.directory.DirectorySnapshot;
import se.budkavle.integration.directory.DirectoryUnit;
import se.budkavle.integration.directory.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

@OrgTest
class DirectoryImportsTests {

	@Autowired
	DirectoryImports imports;

	@Autowired
	Organisation organisation;

	@Autowired
	DatabaseClient database;

	OrgTables tables;

	@BeforeEach
	void startEmpty() {
		this.tables = new OrgTables(this.database);
		this.tables.clear();
	}

	@Test
	void aValidFileAddsUnitsPeopleMembershipsManagersAndTheClosure() {
		DirectoryChanges changes = apply(TestDirectory.demo());
		assertThat(changes).isEqualTo(new DirectoryChanges(8, 0, 0, 0, 0, 8, 0, 0, 0, 0, 8, 0, 4, 0));
		assertThat(this.tables.strings("""
				select u.external_id || '<' || coalesce(p.external_id, '-') || ':' || u.kind from unit u
				left join unit p on p.id = u.parent_id order by u.external_id""")).containsExactly(
				"hsf<stad:ADMINISTRATION", "hsf-adm<hsf:DEPARTMENT", "hsf-aldre<hsf:DEPARTMENT",
				"hsf-aldre-hemtjanst-syd<hsf-aldre:UNIT", "hsf-aldre-hemtjanst-syd-a<hsf-aldre-hemtjanst-syd:TEAM",
				"hsf-forskola<hsf:DEPARTMENT", "hsf-forskola-solrosen<hsf-forskola:UNIT", "stad<-:ORGANISATION");
		assertThat(this.tables.strings("""
				select a.external_id || '>' || d.external_id || '@' || c.depth from unit_closure c
				join unit a on a.id = c.ancestor_id join unit d on d.id = c.descendant_id
				where d.external_id = 'hsf-aldre-hemtjanst-syd-a' order by c.depth""")).containsExactly(
				"hsf-aldre-hemtjanst-syd-a>hsf-aldre-hemtjanst-syd-a@0",
				"hsf-aldre-hemtjanst-syd>hsf-aldre-hemtjanst-syd-a@1", "hsf-aldre>hsf-aldre-hemtjanst-syd-a@2",
				"hsf>hsf-aldre-hemtjanst-syd-a@3", "stad>hsf-aldre-hemtjanst-syd-a@4");
		assertThat(this.tables.count("select count(*) from unit_closure")).isEqualTo(25);
		Person employee = this.organisation.personByExternalId("demo-employee").block();
		assertThat(employee.displayName()).isEqualTo("Ahmed Hassan");
		assertThat(employee.email()).isEqualTo("ahmed.hassan@demo.budkavle.se");
		assertThat(employee.jobTitle()).isEqualTo("Undersköterska");
		assertThat(employee.active()).isTrue();
		assertThat(this.organisation.unitsOf(employee.id()).map(UnitRef::name).collectList().block())
			.containsExactly("Arbetsgrupp A");
		assertThat(this.tables.strings("""
				select u.external_id || ':' || p.external_id || ':' || m.deputy from unit_manager m
				join unit u on u.id = m.unit_id join person p on p.id = m.person_id order by 1""")).containsExactly(
				"hsf-aldre-hemtjanst-syd:demo-deputy:true", "hsf-aldre-hemtjanst-syd:demo-enhet-manager:false",
				"hsf-aldre:demo-avdelning-manager:false", "hsf:demo-director:false");
	}

	@Test
	void theSameFileTwiceChangesNothingTheSecondTime() {
		apply(TestDirectory.demo());
		List<List<java.util.Map<String, Object>>> before = withoutImportLog(this.tables.snapshot());
		assertThat(apply(TestDirectory.demo())).isEqualTo(DirectoryChanges.NONE);
		assertThat(withoutImportLog(this.tables.snapshot())).isEqualTo(before);
	}

	@Test
	void eachAppliedImportIsRecordedWithItsSourceAndCounts() {
		apply(TestDirectory.demo());
		apply(TestDirectory.demo());
		assertThat(this.tables.strings(
				"select source || ' ' || (changes ->> 'unitsAdded') from directory_import order by applied_at"))
			.containsExactly("test 8", "test 0");
	}

	@Test
	void aPhoneNumberIsStoredInInternationalFormAndAChangedNumberIsAnUpdate() {
		apply(TestDirectory.demo().withPhone("demo-employee", "070-174 06 05"));
		assertThat(this.tables.strings("select external_id || ':' || phone from person where phone is not null"))
			.containsExactly("demo-employee:+46701740605");
		DirectoryChanges changes = apply(TestDirectory.demo().withPhone("demo-employee", "+46 70 174 06 06"));
		assertThat(changes.peopleUpdated()).isEqualTo(1);
		DirectoryChanges same = apply(TestDirectory.demo().withPhone("demo-employee", "0701740606"));
		assertThat(same).isEqualTo(DirectoryChanges.NONE);
		apply(TestDirectory.demo());
		assertThat(this.tables.count("select count(*) from person where phone is not null")).isZero();
	}

	@Test
	void aPersonMovedToAnotherUnitChangesOnlyTheirMemberships() {
		apply(TestDirectory.demo());
		DirectoryChanges changes = apply(TestDirectory.demo()
			.person("demo-employee", "Ahmed Hassan", "Undersköterska", "hsf-forskola-solrosen", "hsf-adm"));
		assertThat(changes).isEqualTo(new DirectoryChanges(0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 1, 0, 0));
		Person employee = this.organisation.personByExternalId("demo-employee").block();
		assertThat(this.organisation.unitsOf(employee.id()).map(UnitRef::name).collectList().block())
			.containsExactly("Förskolan Solrosen", "Administration");
	}

	@Test
	void aChangedPrimaryUnitIsAMoveWithoutAddedOrRemovedMemberships() {
		apply(TestDirectory.demo().person("demo-admin", "Nora Lund", "Systemförvaltare", "hsf-adm", "hsf"));
		DirectoryChanges changes = apply(
				TestDirectory.demo().person("demo-admin", "Nora Lund", "Systemförvaltare", "hsf", "hsf-adm"));
		assertThat(changes).isEqualTo(new DirectoryChanges(0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0));
		Person admin = this.organisation.personByExternalId("demo-admin").block();
		assertThat(this.organisation.unitsOf(admin.id()).map(UnitRef::name).blockFirst())
			.isEqualTo("Hägersten-Älvsjö stadsdelsförvaltning");
	}

	@Test
	void aPersonMissingFromTheFileIsDeactivatedAndKept() {
		apply(TestDirectory.demo());
		DirectoryChanges changes = apply(TestDirectory.demo().without("person:demo-colleague"));
		assertThat(changes).isEqualTo(new DirectoryChanges(0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0));
		Person colleague = this.organisation.personByExternalId("demo-colleague").block();
		assertThat(colleague.active()).isFalse();
		assertThat(colleague.displayName()).isEqualTo("Sofia Nilsson");
		assertThat(this.organisation.unitsOf(colleague.id()).map(UnitRef::name).collectList().block())
			.as("the last units are kept for the records").containsExactly("Hemtjänst Syd");
	}

	@Test
	void whenOnlyPeopleChangeTheirListingsUnderUnitsAreWhatAFullRebuildMakes() {
		apply(TestDirectory.demo());
		DirectoryChanges changes = apply(TestDirectory.demo()
			.person("demo-employee", "Ahmed Hassan", "Undersköterska", "hsf-forskola-solrosen", "hsf-adm")
			.person("demo-deputy", "Karin Berg-Lind", "Biträdande enhetschef", "hsf-aldre-hemtjanst-syd")
			.person("demo-newcomer", "Nils Ny", "Förskollärare", "hsf-forskola-solrosen")
			.without("person:demo-colleague"));
		assertThat(changes.unitsAdded() + changes.unitsMoved()).as("the tree keeps its shape").isZero();
		String listings = """
				select u.external_id || ':' || s.display_name from subtree_member s join unit u on u.id = s.ancestor_id
				order by 1""";
		List<String> incremental = this.tables.strings(listings);
		this.database.sql("delete from subtree_member").then().block();
		this.database.sql("""
				insert into subtree_member (ancestor_id, display_name, person_id)
				select distinct c.ancestor_id, p.display_name, p.id from unit_closure c
				join membership m on m.unit_id = c.descendant_id join person p on p.id = m.person_id where p.active""")
			.then()
			.block();
		assertThat(incremental).isEqualTo(this.tables.strings(listings))
			.contains("hsf-forskola:Ahmed Hassan", "hsf-adm:Ahmed Hassan", "hsf-aldre:Karin Berg-Lind",
					"stad:Nils Ny")
			.doesNotContain("hsf-aldre-hemtjanst-syd:Ahmed Hassan", "stad:Sofia Nilsson", "hsf-aldre:Erik Deputy");
	}

	@Test
	void aDeactivatedPersonBackInTheFileIsReactivated() {
		apply(TestDirectory.demo().without("person:demo-colleague"));
		DirectoryChanges changes = apply(TestDirectory.demo());
		assertThat(changes).isEqualTo(new DirectoryChanges(0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0));
		apply(TestDirectory.demo().without("person:demo-colleague"));
		assertThat(apply(TestDirectory.demo()))
			.isEqualTo(new DirectoryChanges(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0));
		assertThat(this.organisation.personByExternalId("demo-colleague").block().active()).isTrue();
	}

	@Test
	void aLeavingManagerLosesTheAssignmentButKeepsTheRecord() {
		apply(TestDirectory.demo());
		DirectoryChanges changes = apply(TestDirectory.demo()
			.without("person:demo-deputy")
			.without("manager:hsf-aldre-hemtjanst-syd/demo-deputy"));
		assertThat(changes).isEqualTo(new DirectoryChanges(0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1));
		Person deputy = this.organisation.personByExternalId("demo-deputy").block();
		assertThat(this.organisation.unitsManagedBy(deputy.id()).collectList().block()).isEmpty();
	}

	@Test
	void aUnitMissingFromTheFileIsDeactivatedAndKept() {
		apply(TestDirectory.demo());
		DirectoryChanges changes = apply(TestDirectory.demo()
			.without("unit:hsf-aldre-hemtjanst-syd-a")
			.person("demo-employee", "Ahmed Hassan", "Undersköterska", "hsf-aldre-hemtjanst-syd"));
		assertThat(changes).isEqualTo(new DirectoryChanges(0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0));
		assertThat(this.tables.strings("select external_id || ':' || active from unit where external_id like '%-a'"))
			.containsExactly("hsf-aldre-hemtjanst-syd-a:false");
		assertThat(apply(TestDirectory.demo()))
			.isEqualTo(new DirectoryChanges(0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 0, 0));
	}

	@Test
	void renamedAndMovedUnitsAreUpdatedAndTheClosureFollows() {
		apply(TestDirectory.demo());
		DirectoryChanges changes = apply(TestDirectory.demo()
			.unit("hsf-forskola-solrosen", "Solrosens förskola", "UNIT", "hsf-adm"));
		assertThat(changes).isEqualTo(new DirectoryChanges(0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
		assertThat(this.tables.strings("""
				select a.external_id from unit_closure c join unit a on a.id = c.ancestor_id
				join unit d on d.id = c.descendant_id where d.external_id = 'hsf-forskola-solrosen' and c.depth = 1"""))
			.containsExactly("hsf-adm");
		assertThat(this.tables.count("select count(*) from unit_closure")).isEqualTo(25);
	}

	@Test
	void peopleMaySwapEmailAddressesInOneImport() {
		apply(TestDirectory.demo());
		DirectoryChanges changes = apply(TestDirectory.demo()
			.personWithEmail("demo-employee", "Ahmed Hassan", "sofia.nilsson@demo.budkavle.se", "Undersköterska",
					"hsf-aldre-hemtjanst-syd-a")
			.personWithEmail("demo-colleague", "Sofia Nilsson", "ahmed.hassan@demo.budkavle.se", "Undersköterska",
					"hsf-aldre-hemtjanst-syd"));
		assertThat(changes.peopleUpdated()).isEqualTo(2);
		assertThat(this.organisation.personByEmail("SOFIA.NILSSON@demo.budkavle.se").block().externalId())
			.isEqualTo("demo-employee");
	}

	@Test
	void aNewcomerMayTakeTheAddressOfSomeoneWhoLeft() {
		apply(TestDirectory.demo());
		apply(TestDirectory.demo()
			.without("person:demo-colleague")
			.personWithEmail("demo-colleague-2", "Sofia Nilsson", "sofia.nilsson@demo.budkavle.se", "Undersköterska",
					"hsf-aldre-hemtjanst-syd"));
		assertThat(this.organisation.personByEmail("sofia.nilsson@demo.budkavle.se").block().externalId())
			.isEqualTo("demo-colleague-2");
	}

	@Test
	void aChangedDeputyMarkReplacesTheAssignment() {
		apply(TestDirectory.demo());
		DirectoryChanges changes = apply(
				TestDirectory.demo().manager("hsf-aldre-hemtjanst-syd", "demo-deputy", false));
		assertThat(changes).isEqualTo(new DirectoryChanges(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1));
		assertThat(this.tables.count("select count(*) from unit_manager where deputy")).isZero();
	}

	@Test
	void aRejectedFileChangesNothing() {
		apply(TestDirectory.demo());
		var before = this.tables.snapshot();
		String file = TestDirectory.demo().unit("hsf-adm", "Administration", "DEPARTMENT", "nowhere").toString();
		StepVerifier.create(this.imports.applyFile(file, "test", null))
			.expectErrorSatisfies((error) -> assertThat(((DirectoryRejected) error).problems())
				.containsExactly(new DirectoryProblem(8, "parent", "unknown parent 'nowhere' of unit 'hsf-adm'")))
			.verify();
		assertThat(this.tables.snapshot()).isEqualTo(before);
	}

	@Test
	void aSnapshotFromAnotherSourceIsValidatedWithoutLineNumbers() {
		DirectorySnapshot snapshot = new DirectorySnapshot(
				List.of(new DirectoryUnit("a", "A", UnitKind.UNIT, "b"), new DirectoryUnit("b", "B", UnitKind.UNIT, "a")),
				List.of(new DirectoryPerson("p", "P", "not-an-address", null, List.of("a"))),
				List.of(new DirectoryManager("a", "q", false)));
		StepVerifier.create(this.imports.apply(snapshot, "graph", null))
			.expectErrorSatisfies((error) -> assertThat(((DirectoryRejected) error).problems()).containsExactly(
					new DirectoryProblem(null, "parent", "unit 'a' is its own ancestor: a → b → a"),
					new DirectoryProblem(null, "parent", "unit 'b' is its own ancestor: b → a → b"),
					new DirectoryProblem(null, "email", "'not-an-address' of person 'p' is not an e-mail address"),
					new DirectoryProblem(null, "person", "unknown person 'q' as manager of unit 'a'")))
			.verify();
		assertThat(this.tables.count("select count(*) from unit")).isZero();
	}

	@Test
	void aValidSnapshotFromAnotherSourceIsApplied() {
		DirectorySnapshot snapshot = new DirectorySnapshot(List.of(new DirectoryUnit("a", "A", UnitKind.UNIT, null)),
				List.of(new DirectoryPerson("p", "P", "p@example.org", null, List.of("a"))),
				List.of(new DirectoryManager("a", "p", false)));
		UUID appliedBy = null;
		StepVerifier.create(this.imports.apply(snapshot, "graph", appliedBy))
			.expectNext(new DirectoryChanges(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0))
			.verifyComplete();
	}

	@Test
	void concurrentImportsAreAppliedOneAfterTheOther() {
		String file = TestDirectory.demo().toString();
		List<DirectoryChanges> results = Mono
			.zip(this.imports.applyFile(file, "one", null), this.imports.applyFile(file, "two", null), List::of)
			.block();
		assertThat(results).extracting(DirectoryChanges::total).containsExactlyInAnyOrder(28, 0);
		assertThat(this.tables.count("select count(*) from unit")).isEqualTo(8);
	}

	@Test
	void whenOnlyPeopleChangeTheListingsOfTheOthersAreNotWrittenAgain() {
		apply(TestDirectory.demo());
		List<String> untouchedBefore = subtreeRowVersions("demo-director", "demo-deputy");

		apply(TestDirectory.demo()
			.person("demo-colleague", "Sofia Lind", "Undersköterska", "hsf-aldre-hemtjanst-syd")
			.person("demo-employee", "Ahmed Hassan", "Undersköterska", "hsf-forskola-solrosen")
			.without("person:demo-outsider"));

		// the same row versions: neither deleted nor inserted again, as a whole rebuild would
		assertThat(subtreeRowVersions("demo-director", "demo-deputy")).isEqualTo(untouchedBefore);
		assertThat(this.tables.strings(SUBTREE_MEMBERS_TABLE)).isEqualTo(this.tables.strings(SUBTREE_MEMBERS_REBUILT));
	}

	@Test
	void aChangeOfTheTreesShapeRebuildsTheSubtreeMembersWhole() {
		apply(TestDirectory.demo());

		apply(TestDirectory.demo().unit("hsf-aldre-hemtjanst-syd", "Hemtjänst Syd", "UNIT", "hsf-forskola"));

		assertThat(this.tables.strings(SUBTREE_MEMBERS_TABLE)).isEqualTo(this.tables.strings(SUBTREE_MEMBERS_REBUILT))
			.contains("hsf-forskola:Ahmed Hassan")
			.doesNotContain("hsf-aldre:Ahmed Hassan");
	}

	private static final String SUBTREE_MEMBERS_TABLE = """
			select u.external_id || ':' || (s.display_name collate "C") as entry
			from subtree_member s join unit u on u.id = s.ancestor_id
			order by 1""";

	private static final String SUBTREE_MEMBERS_REBUILT = """
			select distinct u.external_id || ':' || (p.display_name collate "C") as entry from unit_closure c
			join membership m on m.unit_id = c.descendant_id join person p on p.id = m.person_id
			join unit u on u.id = c.ancestor_id where p.active order by 1""";

	private List<String> subtreeRowVersions(String... people) {
		return this.tables.strings("""
				select s.ctid::text || '/' || s.xmin::text from subtree_member s join person p on p.id = s.person_id
				where p.external_id in ('%s') order by 1""".formatted(String.join("','", people)));
	}

	private DirectoryChanges apply(TestDirectory directory) {
		return this.imports.applyFile(directory.toString(), "test", null).block();
	}

	private static List<List<java.util.Map<String, Object>>> withoutImportLog(List<List<java.util.Map<String, Object>>> tables) {
		return tables.subList(0, tables.size() - 1);
	}
}
