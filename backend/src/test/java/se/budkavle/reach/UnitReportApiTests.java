package se.budkavle.reach;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class UnitReportApiTests {

	private static final String PERIOD = "from=2026-09-01T00:00:00Z&to=2026-11-01T00:00:00Z";

	@Autowired
	private WebTestClient client;

	private ReachFixture fixture;

	@BeforeEach
	void organisation(@Autowired DatabaseClient database, @Autowired Organisation organisation,
			@Autowired DemoTokens tokens, @Autowired DirectoryImports imports) {
		this.fixture = new ReachFixture(database, organisation, tokens);
		this.fixture.create(imports).block();
	}

	@Test
	void theReportHasOneRowPerChildUnitWithHandComputedFigures() {
		UnitReport report = report("hr", "forv", PERIOD, Role.HR);
		assertThat(report.groups()).extracting(UnitReport.Row::name).containsExactly("Avdelning Åsen", "Bäcken");
		// Åsen's row leaves out its own rest (the avdelningschef and Ödet): half of its 13 had read after Älven's 7th read.
		assertThat(report.groups().get(0).figures()).isEqualTo(new UnitReport.Line(13, 1, 76.9, 53.8, "PT1H10M", 6, 0, 0, null));
		assertThat(report.groups().get(1).figures()).isEqualTo(new UnitReport.Line(10, 1, 50.0, 0.0, "PT2H50M", 5, 2, 1, "PT2H"));
		assertThat(report.other()).isEqualTo(new UnitReport.Line(10, 1, 30.0, 20.0, null, 0, 1, 1, "PT4H"));
		assertThat(report.total()).isEqualTo(new UnitReport.Line(33, 1, 54.5, 27.3, "PT2H50M", 11, 3, 2, "PT3H"));
	}

	@Test
	void themesAreTheWordsManyCommentsAndQuestionsShare() {
		Listening listening = this.client.get()
			.uri("/api/v1/reach/units/{id}/themes?" + PERIOD, this.fixture.unit("forv"))
			.headers((headers) -> headers.setBearerAuth(this.fixture.token("hr", Role.HR)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Listening.class)
			.returnResult()
			.getResponseBody();
		assertThat(listening.comments()).isEqualTo(11);
		assertThat(listening.questions()).isEqualTo(3);
		assertThat(listening.themes()).containsExactly(new Listening.Theme("parkeringen", 11),
				new Listening.Theme("full", 6), new Listening.Theme("älven", 6), new Listening.Theme("julen", 5),
				new Listening.Theme("schemat", 5));
	}

	@Test
	void themesOfASmallUnitAreNotShownAndManagersSeeOnlyTheirOwn() {
		this.client.get()
			.uri("/api/v1/reach/units/{id}/themes?" + PERIOD, this.fixture.unit("cirkeln"))
			.headers((headers) -> headers.setBearerAuth(this.fixture.token("hr", Role.HR)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.suppressed")
			.isEqualTo(true)
			.jsonPath("$.themes.length()")
			.isEqualTo(0);
		status("avdchef", "backen").isForbidden();
		this.client.get()
			.uri("/api/v1/reach/units/{id}/themes?" + PERIOD, this.fixture.unit("forv"))
			.headers((headers) -> headers.setBearerAuth(this.fixture.token("angen-1")))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void postsOutsideThePeriodAreNotCounted() {
		UnitReport report = report("hr", "forv", "from=2026-11-01T00:00:00Z&to=2026-11-20T00:00:00Z", Role.HR);
		assertThat(report.total().posts()).isZero();
	}

	@Test
	void smallGroupsStayClosedWhileTheirNeighboursStayOpen() {
		UnitReport asen = report("hr", "asen", PERIOD, Role.HR);
		assertThat(asen.groups()).extracting(UnitReport.Row::name).containsExactly("Ängen", "Älven");
		assertThat(asen.total().people()).isEqualTo(13);
		assertThat(asen.withheldUnits()).containsExactlyInAnyOrder(this.fixture.unit("asen"), this.fixture.unit("odet"));
		assertThat(report("hr", "angen", PERIOD, Role.HR).suppressed()).isFalse();
		assertThat(report("hr", "odet", PERIOD, Role.HR).suppressed()).isTrue();
		assertThat(report("hr", "cirkeln", PERIOD, Role.HR).suppressed()).isTrue();
	}

	@Test
	void managersSeeTheirSubtreeAndNothingElse() {
		assertThat(report("avdchef", "asen", PERIOD).total().people()).isEqualTo(13);
		status("avdchef", "backen").isForbidden();
		status("angen-1", "angen").isForbidden();
		status("admin", "forv", Role.ADMIN).isForbidden();
		assertThat(report("kom", "staden", PERIOD, Role.COMMUNICATOR).total().people()).isEqualTo(33);
		this.client.get()
			.uri("/api/v1/reach/units/{id}", this.fixture.unit("forv"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIs422() {
		this.client.get()
			.uri("/api/v1/reach/units/{id}?from=2026-11-01T00:00:00Z&to=2026-10-01T00:00:00Z", this.fixture.unit("forv"))
			.headers((headers) -> headers.setBearerAuth(this.fixture.token("hr", Role.HR)))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:budkavle:problem:invalid-period");
		this.client.get()
			.uri("/api/v1/reach/units/{id}?from=yesterday", this.fixture.unit("forv"))
			.headers((headers) -> headers.setBearerAuth(this.fixture.token("hr", Role.HR)))
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void theExportCarriesTheSameRows() {
		byte[] csv = this.client.get()
			.uri("/api/v1/reach/units/{id}/export?format=csv&" + PERIOD, this.fixture.unit("forv"))
			.headers((headers) -> headers.setBearerAuth(this.fixture.token("hr", Role.HR)))
			.exchange()
			.expectStatus()
			.isOk()
			// The name says what the file holds: the unit and the period (Swedish days).
			.expectHeader()
			.valueEquals("Content-Disposition", "attachment; filename=\"rackvidd-forvaltningen-2026-09-01-2026-11-01.csv\"")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		assertThat(text.lines().limit(2)).containsExactly("Förvaltningen 2026-09-01T00:00:00Z – 2026-11-01T00:00:00Z", "");
		assertThat(text.lines()).contains("Avdelning Åsen (utom små grupper);13;1;76,9;53,8;1,2;6;0;0;",
				"Övriga (små grupper);10;1;30,0;20,0;;0;1;1;4,0");
	}

	private UnitReport report(String person, String unit, String period, Role... roles) {
		return this.client.get()
			.uri("/api/v1/reach/units/{id}?" + period, this.fixture.unit(unit))
			.headers((headers) -> headers.setBearerAuth(this.fixture.token(person, roles)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(UnitReport.class)
			.returnResult()
			.getResponseBody();
	}

	private org.springframework.test.web.reactive.server.StatusAssertions status(String person, String unit,
			Role... roles) {
		return this.client.get()
			.uri("/api/v1/reach/units/{id}?" + PERIOD, this.fixture.unit(unit))
			.headers((headers) -> headers.setBearerAuth(this.fixture.token(person, roles)))
			.exchange()
			.expectStatus();
	}
}
