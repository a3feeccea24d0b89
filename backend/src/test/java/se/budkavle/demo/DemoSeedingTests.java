package se.budkavle.demo;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.test.StepVerifier;

import se.budkavle.org.DirectoryChanges;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.Organisation;
import se.budkavle.org.PersonRef;
import se.budkavle.org.UnitRef;

import static org.assertj.core.api.Assertions.assertThat;

@DemoModeTest
class DemoSeedingTests {

	@Autowired
	DemoSeeding seeding;

	@Autowired
	DirectoryImports imports;

	@Autowired
	Organisation organisation;

	@Autowired
	DatabaseClient database;

	@Test
	void seedsTheGeneratedOrganisationAtStartUp() {
		DemoOrganisation demo = DemoOrganisationGenerator.generate();
		assertThat(count("select count(*) from person")).isEqualTo(demo.snapshot().people().size());
		assertThat(count("select count(*) from unit")).isEqualTo(demo.snapshot().units().size());
		assertThat(count("select count(*) from unit_manager")).isEqualTo(demo.snapshot().managers().size());
		assertThat(count("select count(*) from directory_import where source = 'demo'")).isEqualTo(1);
	}

	@Test
	void seedsOnlyOnce() {
		long people = count("select count(*) from person");
		StepVerifier.create(this.seeding.seedIfEmpty()).expectNext(DirectoryChanges.NONE).verifyComplete();
		StepVerifier.create(this.seeding.seedIfEmpty()).expectNext(DirectoryChanges.NONE).verifyComplete();
		assertThat(count("select count(*) from directory_import where source = 'demo'")).isEqualTo(1);
		assertThat(count("select count(*) from person")).isEqualTo(people);
	}

	@Test
	void givesTheCommunicatorHerRoleForHagerstenAlvsjoOnlyAndOnlyOnce(@Autowired DemoRoles roles) {
		assertThat(this.database.sql("select p.external_id || ' ' || g.role || ' ' || u.external_id from role_grant g"
				+ " join person p on p.id = g.person_id join unit u on u.id = g.unit_id where g.revoked_at is null")
			.map((row) -> row.get(0, String.class)).all().collectList().block())
			.containsExactly("demo-communicator COMMUNICATOR hsf");
		StepVerifier.create(roles.seedIfNone()).expectNext(0L).verifyComplete();
		assertThat(count("select count(*) from role_grant")).isEqualTo(1);
	}

	@Test
	void storesExactlyTheGeneratedOrganisationSoApplyingItAgainChangesNothing() {
		StepVerifier.create(this.imports.apply(DemoOrganisationGenerator.generate().snapshot(), "demo-again", null))
			.assertNext((changes) -> assertThat(changes.total()).isZero())
			.verifyComplete();
	}

	@Test
	void reportsTheHemtjanstSydChainFromTheEmployeeUpToTheDirector() {
		UUID employee = personId("demo-employee");
		UUID colleague = personId("demo-colleague");
		UUID enhetManager = personId("demo-enhet-manager");
		StepVerifier.create(this.organisation.managerOf(employee).map(PersonRef::displayName))
			.expectNext("Maria Holm")
			.verifyComplete();
		StepVerifier.create(this.organisation.managerOf(colleague).map(PersonRef::displayName))
			.expectNext("Maria Holm")
			.verifyComplete();
		StepVerifier.create(this.organisation.managerOf(enhetManager).map(PersonRef::displayName))
			.expectNext("Anders Berg")
			.verifyComplete();
		StepVerifier.create(this.organisation.managerOf(personId("demo-avdelning-manager")).map(PersonRef::displayName))
			.expectNext("Karin Lindqvist")
			.verifyComplete();
		StepVerifier.create(this.organisation.unitsManagedBy(personId("demo-director")).map(UnitRef::name))
			.expectNext("Hägersten-Älvsjö stadsdelsförvaltning")
			.verifyComplete();
	}

	@Test
	void putsTheOutsiderInAFörskolaAndTheCentralRolesInAdministration() {
		StepVerifier.create(this.organisation.unitsOf(personId("demo-outsider")).map(UnitRef::name))
			.expectNext("Förskolan Ekorren")
			.verifyComplete();
		StepVerifier.create(this.organisation.unitsOf(personId("demo-communicator")).map(UnitRef::name))
			.expectNext("Administration")
			.verifyComplete();
	}

	private UUID personId(String externalId) {
		return this.organisation.personByExternalId(externalId).map((person) -> person.id()).block();
	}

	private long count(String sql) {
		return this.database.sql(sql).map((row) -> row.get(0, Long.class)).one().blockOptional().orElseThrow();
	}

}
