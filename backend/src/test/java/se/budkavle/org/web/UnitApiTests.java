package se.budkavle.org.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.budkavle.identity.DemoTokens;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.OrgTables;
import se.budkavle.org.OrgTest;
import se.budkavle.org.Organisation;
import se.budkavle.org.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

@OrgTest
class UnitApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SYD = "hsf-aldre-hemtjanst-syd";

	@Autowired
	DirectoryImports imports;

	@Autowired
	DatabaseClient database;

	OrgApi api;

	@BeforeEach
	void importTheDemoOrganisation(@Autowired WebTestClient client, @Autowired DemoTokens tokens,
			@Autowired Organisation organisation) {
		new OrgTables(this.database).clear();
		apply(TestDirectory.demo());
		this.api = new OrgApi(client, tokens, organisation, this.database);
	}

	@Test
	void aUnitShowsItsParentChildrenManagersAndHeadcountWithSubunits() {
		this.api.get("demo-employee", "/api/v1/units/{id}", this.api.unit(SYD))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id").isEqualTo(this.api.unit(SYD).toString())
			.jsonPath("$.externalId").isEqualTo(SYD)
			.jsonPath("$.name").isEqualTo("Hemtjänst Syd")
			.jsonPath("$.kind").isEqualTo("UNIT")
			.jsonPath("$.active").isEqualTo(true)
			.jsonPath("$.parent.id").isEqualTo(this.api.unit("hsf-aldre").toString())
			.jsonPath("$.parent.name").isEqualTo("Äldreomsorg")
			.jsonPath("$.children[*].name").isEqualTo(List.of("Arbetsgrupp A"))
			.jsonPath("$.children[0].kind").isEqualTo("TEAM")
			.jsonPath("$.managers[*].displayName").isEqualTo(List.of("Maria Holm", "Erik Deputy"))
			.jsonPath("$.managers[*].deputy").isEqualTo(List.of(false, true))
			.jsonPath("$.managers[0].jobTitle").isEqualTo("Enhetschef")
			.jsonPath("$.managers[0].id").isEqualTo(this.api.person("demo-enhet-manager").toString())
			.jsonPath("$.headcount").isEqualTo(4);
	}

	@Test
	void theTopUnitHasNoParentAndCountsEveryoneBelow() {
		this.api.get("demo-employee", "/api/v1/units/{id}", this.api.unit("hsf"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.parent.name").isEqualTo("Stockholms stad")
			.jsonPath("$.children.length()").isEqualTo(3)
			.jsonPath("$.headcount").isEqualTo(8);
		this.api.get("demo-employee", "/api/v1/units/{id}", this.api.unit("stad"))
			.expectBody()
			.jsonPath("$.parent").isEmpty()
			.jsonPath("$.managers").isEmpty()
			.jsonPath("$.headcount").isEqualTo(8);
	}

	@Test
	void theHeadcountCountsActivePeopleOnceHoweverManyUnitsTheyBelongTo() {
		apply(TestDirectory.demo()
			.person("demo-colleague", "Sofia Nilsson", "Undersköterska", SYD, SYD + "-a")
			.without("person:demo-deputy")
			.without("manager:" + SYD + "/demo-deputy"));
		this.api.get("demo-employee", "/api/v1/units/{id}", this.api.unit(SYD))
			.expectBody()
			.jsonPath("$.headcount").isEqualTo(3)
			.jsonPath("$.managers[*].displayName").isEqualTo(List.of("Maria Holm"));
	}

	@Test
	void aDeactivatedUnitIsReadableButNoLongerAChildOfItsParent() {
		apply(TestDirectory.demo().without("unit:" + SYD + "-a").person("demo-employee", "Ahmed Hassan",
				"Undersköterska", SYD));
		this.api.get("demo-employee", "/api/v1/units/{id}", this.api.unit(SYD + "-a"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.active").isEqualTo(false)
			.jsonPath("$.headcount").isEqualTo(0);
		this.api.get("demo-employee", "/api/v1/units/{id}", this.api.unit(SYD)).expectBody().jsonPath("$.children").isEmpty();
	}

	@Test
	void anUnknownUnitIsNotFound() {
		this.api.get("demo-employee", "/api/v1/units/{id}", "5b0b6e38-2f43-4b0c-9d1e-3f1f00000000")
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:unit-not-found");
		this.api.get("demo-employee", "/api/v1/units/{id}/members", "5b0b6e38-2f43-4b0c-9d1e-3f1f00000000")
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:unit-not-found");
	}

	@Test
	void aMalformedIdIsABadRequest() {
		this.api.get("demo-employee", "/api/v1/units/not-a-uuid")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-request")
			.jsonPath("$.detail").isEqualTo("'not-a-uuid' is not a valid id");
		this.api.get("demo-employee", "/api/v1/units/not-a-uuid/members").expectStatus().isBadRequest();
	}

	@Test
	void readingUnitsNeedsAToken() {
		this.api.getWithoutToken("/api/v1/units/{id}", this.api.unit(SYD)).expectStatus().isUnauthorized();
		this.api.getWithoutToken("/api/v1/units/{id}/members", this.api.unit(SYD)).expectStatus().isUnauthorized();
	}

	@Test
	void membersAreTheDirectMembersByNameUnlessSubunitsAreIncluded() {
		assertThat(names(page(SYD, "includeSubunits=false"))).containsExactly("Erik Deputy", "Maria Holm",
				"Sofia Nilsson");
		assertThat(names(page(SYD, ""))).containsExactly("Erik Deputy", "Maria Holm", "Sofia Nilsson");
		JsonNode withSubunits = page(SYD, "includeSubunits=true");
		assertThat(names(withSubunits)).containsExactly("Ahmed Hassan", "Erik Deputy", "Maria Holm",
				"Sofia Nilsson");
		assertThat(withSubunits.get("next").isNull()).isTrue();
		JsonNode ahmed = withSubunits.get("items").get(0);
		assertThat(ahmed.get("id").asString()).isEqualTo(this.api.person("demo-employee").toString());
		assertThat(ahmed.get("jobTitle").asString()).isEqualTo("Undersköterska");
		assertThat(ahmed.get("email").asString()).isEqualTo("ahmed.hassan@demo.budkavle.se");
	}

	@Test
	void membersPageThroughTheWholeSubtreeEachPersonOnce() {
		apply(TestDirectory.demo().person("demo-colleague", "Sofia Nilsson", "Undersköterska", SYD, SYD + "-a"));
		assertThat(allPages("hsf", true, 3)).containsExactly(List.of("Ahmed Hassan", "Anders Berg", "Erik Deputy"),
				List.of("Johan Ek", "Karin Lindqvist", "Maria Holm"), List.of("Nora Lund", "Sofia Nilsson"));
		assertThat(allPages(SYD, false, 2)).containsExactly(List.of("Erik Deputy", "Maria Holm"),
				List.of("Sofia Nilsson"));
		assertThat(allPages(SYD, true, 4)).containsExactly(
				List.of("Ahmed Hassan", "Erik Deputy", "Maria Holm", "Sofia Nilsson"));
	}

	@Test
	void peopleWithTheSameNameAreNeitherSkippedNorRepeatedAcrossPages() {
		apply(TestDirectory.demo()
			.personWithEmail("twin-1", "Anna Andersson", "anna.1@demo.budkavle.se", "Undersköterska", SYD)
			.personWithEmail("twin-2", "Anna Andersson", "anna.2@demo.budkavle.se", "Undersköterska", SYD)
			.personWithEmail("twin-3", "Anna Andersson", "anna.3@demo.budkavle.se", "Undersköterska", SYD));
		List<List<String>> pages = allPages(SYD, false, 1);
		assertThat(pages).hasSize(6);
		assertThat(pages.stream().flatMap(List::stream)).containsExactly("Anna Andersson", "Anna Andersson",
				"Anna Andersson", "Erik Deputy", "Maria Holm", "Sofia Nilsson");
		assertThat(ids(SYD, 1)).doesNotHaveDuplicates().hasSize(6);
	}

	@Test
	void membersAreListedInSwedishAlphabeticalOrder() {
		apply(TestDirectory.demo()
			.personWithEmail("o", "Örjan Öberg", "orjan@demo.budkavle.se", "Undersköterska", "hsf-adm")
			.personWithEmail("aa", "Åsa Åberg", "asa@demo.budkavle.se", "Undersköterska", "hsf-adm")
			.personWithEmail("ae", "Ärla Älv", "arla@demo.budkavle.se", "Undersköterska", "hsf-adm")
			.personWithEmail("z", "Zlatan Zetterberg", "zlatan@demo.budkavle.se", "Undersköterska", "hsf-adm"));
		assertThat(names(page("hsf-adm", "includeSubunits=true"))).containsExactly("Nora Lund", "Zlatan Zetterberg",
				"Åsa Åberg", "Ärla Älv", "Örjan Öberg");
		assertThat(allPages("hsf-adm", false, 2).stream().flatMap(List::stream)).containsExactly("Nora Lund",
				"Zlatan Zetterberg", "Åsa Åberg", "Ärla Älv", "Örjan Öberg");
	}

	@Test
	void peopleWhoLeftAreNotMembers() {
		apply(TestDirectory.demo().without("person:demo-colleague"));
		assertThat(names(page(SYD, "includeSubunits=true"))).containsExactly("Ahmed Hassan", "Erik Deputy",
				"Maria Holm");
	}

	@Test
	void subtreeMembersFollowPeopleAndUnitsThatMoveOrAreRenamedInLaterImports() {
		apply(TestDirectory.demo()
			.person("demo-colleague", "Sofia Nilsson Berg", "Förskollärare", "hsf-forskola-solrosen")
			.unit(SYD + "-a", "Arbetsgrupp A", "TEAM", "hsf-adm"));
		assertThat(names(page(SYD, "includeSubunits=true"))).containsExactly("Erik Deputy", "Maria Holm");
		assertThat(names(page("hsf-forskola", "includeSubunits=true"))).containsExactly("Johan Ek",
				"Sofia Nilsson Berg");
		assertThat(names(page("hsf-adm", "includeSubunits=true"))).containsExactly("Ahmed Hassan", "Nora Lund");
		this.api.get("demo-employee", "/api/v1/units/{id}", this.api.unit("hsf-aldre"))
			.expectBody()
			.jsonPath("$.headcount").isEqualTo(3);
	}

	@Test
	void aPageSizeOutsideOneToAHundredOrAForeignCursorIsABadRequest() {
		this.api.get("demo-employee", "/api/v1/units/{id}/members?limit=101", this.api.unit(SYD))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-page-size");
		this.api.get("demo-employee", "/api/v1/units/{id}/members?limit=0", this.api.unit(SYD))
			.expectStatus()
			.isBadRequest();
		this.api.get("demo-employee", "/api/v1/units/{id}/members?after=%%%", this.api.unit(SYD))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-cursor");
		String notAPerson = se.budkavle.platform.Cursor.of("Anna", "not-a-uuid").token();
		this.api.get("demo-employee", "/api/v1/units/{id}/members?after=" + notAPerson, this.api.unit(SYD))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-cursor");
		this.api.get("demo-employee", "/api/v1/units/{id}/members?includeSubunits=maybe", this.api.unit(SYD))
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void theOrganisationApiIsDescribedInOpenApi() {
		this.api.getWithoutToken("/v3/api-docs")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/units/{id}'].get").exists()
			.jsonPath("$.paths['/api/v1/units/{id}/members'].get.parameters[*].name")
			.isEqualTo(List.of("id", "includeSubunits"))
			.jsonPath("$.paths['/api/v1/units/{id}/members'].get.parameters[*]['$ref']")
			.isEqualTo(List.of("#/components/parameters/PageAfter", "#/components/parameters/PageLimit"))
			.jsonPath("$.paths['/api/v1/people/{id}'].get").exists()
			.jsonPath("$.paths['/api/v1/admin/directory/imports'].post.requestBody.content['application/x-ndjson']")
			.exists();
	}

	private List<List<String>> allPages(String unit, boolean includeSubunits, int limit) {
		List<List<String>> pages = new ArrayList<>();
		String query = "includeSubunits=" + includeSubunits + "&limit=" + limit;
		JsonNode page = page(unit, query);
		pages.add(names(page));
		while (!page.get("next").isNull()) {
			page = page(unit, query + "&after=" + page.get("next").asString());
			pages.add(names(page));
		}
		return pages;
	}

	private List<String> ids(String unit, int limit) {
		List<String> ids = new ArrayList<>();
		String query = "limit=" + limit;
		JsonNode page = page(unit, query);
		page.get("items").forEach((item) -> ids.add(item.get("id").asString()));
		while (!page.get("next").isNull()) {
			page = page(unit, query + "&after=" + page.get("next").asString());
			page.get("items").forEach((item) -> ids.add(item.get("id").asString()));
		}
		return ids;
	}

	private JsonNode page(String unit, String query) {
		String body = this.api.get("demo-employee", "/api/v1/units/" + this.api.unit(unit) + "/members?" + query)
			.expectStatus()
			.isEqualTo(HttpStatus.OK)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return JSON.readTree(body);
	}

	private static List<String> names(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.get("items").forEach((item) -> names.add(item.get("displayName").asString()));
		return names;
	}

	private void apply(TestDirectory directory) {
		this.imports.applyFile(directory.toString(), "test", null).block();
	}
}
