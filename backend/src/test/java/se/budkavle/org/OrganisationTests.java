package se.budkavle.org;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

@OrgTest
class OrganisationTests {

	@Autowired
	Organisation organisation;

	@Autowired
	DirectoryImports imports;

	@Autowired
	DatabaseClient database;

	@BeforeEach
	void importTheDemoOrganisation() {
		new OrgTables(this.database).clear();
		this.imports.applyFile(TestDirectory.demo().toString(), "test", null).block();
	}

	@Test
	void theManagerOfAnEmployeeInATeamWithoutManagerIsTheManagerOfTheUnitAbove() {
		StepVerifier.create(this.organisation.managerOf(person("demo-employee")).map(PersonRef::displayName))
			.expectNext("Maria Holm")
			.verifyComplete();
	}

	@Test
	void theManagerComesBeforeTheDeputy() {
		StepVerifier.create(this.organisation.managerOf(person("demo-colleague")).map(PersonRef::displayName))
			.expectNext("Maria Holm")
			.verifyComplete();
	}

	@Test
	void theManagerOfSomeoneWhoLeadsTheirOwnUnitIsOneLevelUp() {
		StepVerifier.create(this.organisation.managerOf(person("demo-enhet-manager")).map(PersonRef::displayName))
			.expectNext("Anders Berg")
			.verifyComplete();
	}

	@Test
	void theManagerOfADeputyIsTheManagerOfTheirUnit() {
		StepVerifier.create(this.organisation.managerOf(person("demo-deputy")).map(PersonRef::displayName))
			.expectNext("Maria Holm")
			.verifyComplete();
	}

	@Test
	void theTopOfTheOrganisationHasNoManager() {
		StepVerifier.create(this.organisation.managerOf(person("demo-director"))).verifyComplete();
	}

	@Test
	void managersOfAnAncestorManageTheUnitsBelow() {
		UUID team = unit("hsf-aldre-hemtjanst-syd-a");
		StepVerifier.create(this.organisation.manages(person("demo-avdelning-manager"), team)).expectNext(true).verifyComplete();
		StepVerifier.create(this.organisation.manages(person("demo-director"), team)).expectNext(true).verifyComplete();
		StepVerifier.create(this.organisation.manages(person("demo-deputy"), team)).expectNext(true).verifyComplete();
	}

	@Test
	void nobodyManagesUnitsOutsideTheirSubtree() {
		StepVerifier.create(this.organisation.manages(person("demo-avdelning-manager"), unit("hsf-forskola-solrosen")))
			.expectNext(false)
			.verifyComplete();
		StepVerifier.create(this.organisation.manages(person("demo-enhet-manager"), unit("hsf-aldre")))
			.expectNext(false)
			.verifyComplete();
		StepVerifier.create(this.organisation.manages(person("demo-employee"), unit("hsf-aldre-hemtjanst-syd-a")))
			.expectNext(false)
			.verifyComplete();
	}

	@Test
	void unitsManagedByListsTheUnitsLedDirectly() {
		StepVerifier.create(this.organisation.unitsManagedBy(person("demo-deputy")).map(UnitRef::name))
			.expectNext("Hemtjänst Syd")
			.verifyComplete();
		StepVerifier.create(this.organisation.unitsManagedBy(person("demo-employee"))).verifyComplete();
	}

	@Test
	void theSubtreeHoldsTheActiveUnitsBelowNearestFirst() {
		StepVerifier.create(this.organisation.subtree(unit("hsf-aldre")))
			.expectNext(unit("hsf-aldre"), unit("hsf-aldre-hemtjanst-syd"), unit("hsf-aldre-hemtjanst-syd-a"))
			.verifyComplete();
		this.imports.applyFile(TestDirectory.demo()
			.without("unit:hsf-aldre-hemtjanst-syd-a")
			.person("demo-employee", "Ahmed Hassan", "Undersköterska", "hsf-aldre-hemtjanst-syd")
			.toString(), "test", null).block();
		StepVerifier.create(this.organisation.subtree(unit("hsf-aldre")))
			.expectNext(unit("hsf-aldre"), unit("hsf-aldre-hemtjanst-syd"))
			.verifyComplete();
	}

	@Test
	void peopleAreFoundByEmailIgnoringCase() {
		StepVerifier.create(this.organisation.personByEmail("Ahmed.Hassan@DEMO.budkavle.se").map(Person::externalId))
			.expectNext("demo-employee")
			.verifyComplete();
		StepVerifier.create(this.organisation.personByEmail("nobody@demo.budkavle.se")).verifyComplete();
	}

	@Test
	void theOrganisationIsEmptyOnlyBeforeTheFirstImport() {
		StepVerifier.create(this.organisation.isEmpty()).expectNext(false).verifyComplete();
		new OrgTables(this.database).clear();
		StepVerifier.create(this.organisation.isEmpty()).expectNext(true).verifyComplete();
	}

	private UUID person(String externalId) {
		return this.organisation.personByExternalId(externalId).block().id();
	}

	private UUID unit(String externalId) {
		return this.database.sql("select id from unit where external_id = :id")
			.bind("id", externalId)
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
	}
}
