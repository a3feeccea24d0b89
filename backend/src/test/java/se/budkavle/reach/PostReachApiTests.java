package se.budkavle.reach;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
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
class PostReachApiTests {

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
	void hrSeesTheHandComputedFiguresWithSmallGroupsFoldedIntoOther() {
		// Åsen's own rest (the avdelningschef and Ödet, 3) is too small to show apart, so Åsen's row leaves it out and
		// it joins Förvaltningen's rest: its 4, Åsen's 3 and Cirkeln's 3 make "Övriga" (10).
		PostReach reach = get("hr", "forv", Role.HR);
		assertThat(reach.suppressed()).isFalse();
		assertThat(reach.withheldUnits()).isEmpty();
		assertThat(reach.total()).isEqualTo(new Figures(33, 18, 54.5, 9L, 27.3));
		assertThat(reach.groups()).extracting(PostReach.Row::name).containsExactly("Avdelning Åsen", "Bäcken");
		assertThat(reach.groups().get(0).figures()).isEqualTo(new Figures(13, 10, 76.9, 7L, 53.8));
		assertThat(reach.groups().get(0).withheldUnits()).containsExactlyInAnyOrder(this.fixture.unit("asen"),
				this.fixture.unit("odet"));
		assertThat(reach.groups().get(1).figures()).isEqualTo(new Figures(10, 5, 50.0, 0L, 0.0));
		assertThat(reach.groups().get(1).withheldUnits()).isEmpty();
		assertThat(reach.other()).isEqualTo(new Figures(10, 3, 30.0, 2L, 20.0));
		assertThat(reach.otherGroups()).isEqualTo(3);
	}

	@Test
	void firstReadsArePerHourSincePublicationWithTheTimesToHalfAndMostOfTheAudience() {
		PostReach reach = get("hr", "forv", Role.HR);
		assertThat(reach.readsPerHour()).containsExactly(new PostReach.HourlyReads(0, 5),
				new PostReach.HourlyReads(1, 6), new PostReach.HourlyReads(2, 6), new PostReach.HourlyReads(3, 1));
		assertThat(reach.timeTo50()).isEqualTo("PT2H50M");
		assertThat(reach.timeTo80()).isNull();
	}

	@Test
	void aSmallRestIsLeftOutOfTheParentsTotalInsteadOfClosingItsChildren() {
		PostReach asen = get("hr", "asen", Role.HR);
		assertThat(asen.groups()).extracting(PostReach.Row::name).containsExactly("Ängen", "Älven");
		assertThat(asen.groups().get(0).figures()).isEqualTo(new Figures(6, 3, 50.0, 2L, 33.3));
		assertThat(asen.groups().get(1).figures()).isEqualTo(new Figures(7, 7, 100.0, 5L, 71.4));
		assertThat(asen.other()).isNull();
		assertThat(asen.total()).isEqualTo(new Figures(13, 10, 76.9, 7L, 53.8));
		assertThat(asen.withheldUnits()).containsExactlyInAnyOrder(this.fixture.unit("asen"), this.fixture.unit("odet"));
		assertThat(asen.readsPerHour().stream().mapToLong(PostReach.HourlyReads::reads).sum()).isEqualTo(10);
	}

	@Test
	void noTableShowsAGroupUnderTheMinimumOrAnOtherRowUnderIt() {
		for (String unit : List.of("staden", "forv", "asen", "alven")) {
			PostReach reach = get("hr", unit, Role.HR);
			assertThat(reach.groups()).allSatisfy((row) -> assertThat(row.figures().audience()).isGreaterThanOrEqualTo(5));
			if (reach.other() != null) {
				assertThat(reach.other().audience()).isGreaterThanOrEqualTo(5);
			}
		}
	}

	@Test
	void smallUnitsStayClosedWhileTheirNeighboursStayOpen() {
		assertThat(get("hr", "angen", Role.HR).suppressed()).isFalse();
		assertThat(get("hr", "odet", Role.HR).suppressed()).isTrue();
		assertThat(get("hr", "odet", Role.HR).total()).isNull();
		assertThat(get("hr", "cirkeln", Role.HR).suppressed()).isTrue();
		assertThat(get("hr", "alven", Role.HR).suppressed()).isFalse();
	}

	@Test
	void communicatorsSeeTheWholeOrganisationStartingAtTheTop() {
		PostReach reach = this.client.get()
			.uri("/api/v1/reach/posts/{id}", this.fixture.post())
			.headers((headers) -> headers.setBearerAuth(this.fixture.token("kom", Role.COMMUNICATOR)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(PostReach.class)
			.returnResult()
			.getResponseBody();
		assertThat(reach.unit().name()).isEqualTo("Staden");
		assertThat(reach.total().audience()).isEqualTo(33);
	}

	@Test
	void aManagerSeesTheirOwnSubtreeStartingAtTheUnitTheyLead() {
		PostReach reach = this.client.get()
			.uri("/api/v1/reach/posts/{id}", this.fixture.post())
			.headers((headers) -> headers.setBearerAuth(this.fixture.token("avdchef")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(PostReach.class)
			.returnResult()
			.getResponseBody();
		assertThat(reach.unit().name()).isEqualTo("Avdelning Åsen");
		assertThat(get("avdchef", "alven").total().audience()).isEqualTo(7);
	}

	@Test
	void aManagerIsRefusedUnitsOutsideTheirSubtree() {
		status("avdchef", "/api/v1/reach/posts/{id}?unitId={unit}", this.fixture.unit("backen")).isForbidden();
		status("avdchef", "/api/v1/reach/posts/{id}?unitId={unit}", this.fixture.unit("forv")).isForbidden();
	}

	@Test
	void employeesAndAdminsWithoutAUnitToLeadAreRefused() {
		status("angen-2", "/api/v1/reach/posts/{id}", null).isForbidden();
		this.client.get()
			.uri("/api/v1/reach/posts/{id}", this.fixture.post())
			.headers((headers) -> headers.setBearerAuth(this.fixture.token("admin", Role.ADMIN)))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:budkavle:problem:forbidden");
	}

	@Test
	void withoutATokenTheAnswerIs401() {
		this.client.get().uri("/api/v1/reach/posts/{id}", this.fixture.post()).exchange().expectStatus().isUnauthorized();
	}

	@Test
	void anUnknownPostOrUnitIs404() {
		this.client.get()
			.uri("/api/v1/reach/posts/{id}", java.util.UUID.randomUUID())
			.headers((headers) -> headers.setBearerAuth(this.fixture.token("hr", Role.HR)))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:budkavle:problem:post-not-found");
		this.client.get()
			.uri("/api/v1/reach/posts/{id}?unitId={unit}", this.fixture.post(), java.util.UUID.randomUUID())
			.headers((headers) -> headers.setBearerAuth(this.fixture.token("hr", Role.HR)))
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.get()
			.uri("/api/v1/reach/posts/{id}?unitId=not-a-uuid", this.fixture.post())
			.headers((headers) -> headers.setBearerAuth(this.fixture.token("hr", Role.HR)))
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void aManagerWhosePeopleWereNotInTheAudienceLearnsNothingOfThePost() {
		this.fixture.removeFromAudience("backen").block();
		status("backen-1", "/api/v1/reach/posts/{id}", null).isNotFound();
	}

	@Test
	void theCsvExportOpensInSwedishExcelWithTheSameFoldedFigures() {
		byte[] csv = export("csv");
		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		List<String> lines = text.lines().collect(Collectors.toList());
		// A title row and a blank line first, as in the workbook.
		assertThat(lines.subList(0, 3)).containsExactly("Ny rutin för nycklar – Förvaltningen", "",
				"Enhet;Målgrupp;Läsare;Räckvidd (%);Kvitterat;Kvitterat (%)");
		assertThat(lines).contains("Avdelning Åsen (utom små grupper);13;10;76,9;7;53,8", "Bäcken;10;5;50,0;0;0,0",
				"Övriga (små grupper);10;3;30,0;2;20,0", "Totalt;33;18;54,5;9;27,3");
		assertThat(text).contains("\r\n").doesNotContain("Cirkeln");
	}

	@Test
	void theXlsxExportHoldsTheSameTableWithSwedishCharacters() throws IOException {
		byte[] xlsx = export("xlsx");
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Ny rutin för nycklar – Förvaltningen");
			assertThat(rows.get(1).getCellText(1)).isEqualTo("Målgrupp");
			assertThat(rows.get(2).getCellText(0)).isEqualTo("Avdelning Åsen (utom små grupper)");
			assertThat(rows.get(2).getCellAsNumber(1)).hasValueSatisfying((n) -> assertThat(n.intValue()).isEqualTo(13));
			assertThat(rows.get(4).getCellText(0)).isEqualTo("Övriga (små grupper)");
		}
	}

	@Test
	void anExportIsRefusedLikeTheFiguresAre() {
		status("angen-2", "/api/v1/reach/posts/{id}/export?format=csv", null).isForbidden();
		this.client.get()
			.uri("/api/v1/reach/posts/{id}/export?format=pdf", this.fixture.post())
			.headers((headers) -> headers.setBearerAuth(this.fixture.token("hr", Role.HR)))
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	private byte[] export(String format) {
		return this.client.get()
			.uri("/api/v1/reach/posts/{id}/export?unitId={unit}&format={format}", this.fixture.post(),
					this.fixture.unit("forv"), format)
			.headers((headers) -> headers.setBearerAuth(this.fixture.token("hr", Role.HR)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			// The name says what the file holds: the unit, the post and the day it was published.
			.valueMatches("Content-Disposition",
					"attachment; filename=\"rackvidd-forvaltningen-ny-rutin-for-nycklar-\\d{4}-\\d{2}-\\d{2}\\." + format + "\"")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	private PostReach get(String person, String unit, Role... roles) {
		return this.client.get()
			.uri("/api/v1/reach/posts/{id}?unitId={unit}", this.fixture.post(), this.fixture.unit(unit))
			.headers((headers) -> headers.setBearerAuth(this.fixture.token(person, roles)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(PostReach.class)
			.returnResult()
			.getResponseBody();
	}

	private org.springframework.test.web.reactive.server.StatusAssertions status(String person, String uri, java.util.UUID unit) {
		return this.client.get()
			.uri(uri, this.fixture.post(), unit)
			.headers((headers) -> headers.setBearerAuth(this.fixture.token(person)))
			.exchange()
			.expectStatus();
	}
}
