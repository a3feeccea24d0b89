package se.budkavle.reach;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.Organisation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disclosure auditor on a generated organisation with a real municipality's shape, in a database of its own (the
 * property only keeps this context apart from the others).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "budkavle.reach.minimum-group-size=5")
@AutoConfigureWebTestClient
class RealShapeDisclosureAuditTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient database;

	@Test
	void noTableOfAnyUnitTellsAboutFewerThanFivePeopleAndNearlyEveryUnitIsShown(@Autowired DirectoryImports imports,
			@Autowired Organisation organisation, @Autowired DemoTokens tokens) {
		imports.applyFile(RealShapeOrganisation.directory(), "real-shape", null).block();
		UUID post = RealShapeOrganisation.publishToEveryone(this.database).block();
		String hr = organisation.personByExternalId("p1")
			.map((person) -> tokens.issue(person, Set.of(Role.HR)).accessToken())
			.block();
		DisclosureAuditor auditor = ReachTablesAudit.organisation(this.database);
		new ReachTablesAudit(this.client, hr).showEverything(auditor, post);
		List<String> problems = auditor.problems(5);
		DisclosureAuditor.Coverage coverage = auditor.coverage(5);
		System.out.printf("%s: %d units, %d problems; of the units with at least 5 people %.1f %% shown, %.1f %% whole%n",
				"Real-shape organisation", auditor.units().size(), problems.size(), 100 * coverage.shown(), 100 * coverage.whole());
		assertThat(problems).as("what the tables give away").isEmpty();
		assertThat(coverage.shown()).as("share of units with at least 5 people whose figures are shown")
			.isGreaterThanOrEqualTo(0.95);
	}
}
