package se.budkavle.org.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.OrgTables;
import se.budkavle.org.OrgTest;
import se.budkavle.org.Organisation;
import se.budkavle.org.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

@OrgTest
class DirectoryImportApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String IMPORTS = "/api/v1/admin/directory/imports";

	private static final MediaType NDJSON = MediaType.APPLICATION_NDJSON;

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient database;

	@Autowired
	DirectoryImports imports;

	OrgApi api;

	OrgTables tables;

	@BeforeEach
	void startWithOnlyTheAdmin(@Autowired DemoTokens tokens, @Autowired Organisation organisation) {
		this.tables = new OrgTables(this.database);
		this.tables.clear();
		this.imports.applyFile(new TestDirectory().unit("stad", "Stockholms stad", "ORGANISATION", null)
			.person("demo-admin", "Nora Lund", "Systemförvaltare", "stad")
			.person("demo-employee", "Ahmed Hassan", "Undersköterska", "stad")
			.toString(), "seed", null).block();
		this.api = new OrgApi(this.client, tokens, organisation, this.database);
	}

	@Test
	void anAdminAppliesAFileAndGetsTheCountsOfEachKindOfChange() {
		post(admin(), NDJSON, TestDirectory.demo().toString()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.changes.unitsAdded").isEqualTo(7)
			.jsonPath("$.changes.unitsUpdated").isEqualTo(0)
			.jsonPath("$.changes.peopleAdded").isEqualTo(6)
			.jsonPath("$.changes.peopleMoved").isEqualTo(2)
			.jsonPath("$.changes.membershipsAdded").isEqualTo(8)
			.jsonPath("$.changes.membershipsRemoved").isEqualTo(2)
			.jsonPath("$.changes.managersAdded").isEqualTo(4)
			.jsonPath("$.changes.managersRemoved").isEqualTo(0)
			.jsonPath("$.total").isEqualTo(29);
		assertThat(this.tables.count("select count(*) from unit_closure")).isEqualTo(25);
		assertThat(this.tables.strings("select applied_by::text from directory_import where source = 'upload'"))
			.containsExactly(this.api.person("demo-admin").toString());
	}

	@Test
	void theSameFileAgainChangesNothing() {
		post(admin(), NDJSON, TestDirectory.demo().toString()).expectStatus().isOk();
		post(admin(), MediaType.TEXT_PLAIN, TestDirectory.demo().toString()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.changes.unitsAdded").isEqualTo(0)
			.jsonPath("$.changes.peopleAdded").isEqualTo(0)
			.jsonPath("$.total").isEqualTo(0);
	}

	@Test
	void somebodyRemovedFromTheFileIsDeactivatedAndStillReadable() {
		post(admin(), NDJSON, TestDirectory.demo().toString()).expectStatus().isOk();
		UUID colleague = this.api.person("demo-colleague");
		// 1 of 8 people is more than the 10 % an import may deactivate unconfirmed (see DirectorySafetyTests)
		this.client.post()
			.uri(IMPORTS + "?confirm=true")
			.headers((headers) -> headers.setBearerAuth(admin()))
			.contentType(NDJSON)
			.bodyValue(TestDirectory.demo().without("person:demo-colleague").toString())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.changes.peopleDeactivated").isEqualTo(1)
			.jsonPath("$.total").isEqualTo(1);
		this.api.get("demo-employee", "/api/v1/people/{id}", colleague)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.active").isEqualTo(false);
	}

	@Test
	void somebodyWhoIsNotAnAdminIsForbiddenAndNothingIsApplied() {
		var before = this.tables.snapshot();
		post(this.api.token("demo-employee", Set.of(Role.HR, Role.COMMUNICATOR)), NDJSON,
				TestDirectory.demo().toString())
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:forbidden");
		assertThat(this.tables.snapshot()).isEqualTo(before);
	}

	@Test
	void withoutATokenTheImportIsUnauthorized() {
		this.client.post()
			.uri(IMPORTS)
			.contentType(NDJSON)
			.bodyValue(TestDirectory.demo().toString())
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	static Stream<Arguments> brokenFiles() {
		TestDirectory demo = TestDirectory.demo();
		int added = demo.size() + 1;
		return Stream.of(Arguments.of("invalid JSON", demo.copy().raw("{\"type\":\"unit\",\"id\":"), added, null),
				Arguments.of("unknown type", demo.copy().raw("{\"type\":\"team\",\"id\":\"t\"}"), added, "type"),
				Arguments.of("missing id", demo.copy().unit("", "Nameless", "UNIT", "hsf"), added, "id"),
				Arguments.of("duplicate unit id", demo.copy().raw(unit("hsf-adm", "Adm 2", "UNIT", "hsf")), added, "id"),
				Arguments.of("duplicate person id", demo.copy()
					.raw("{\"type\":\"person\",\"id\":\"demo-admin\",\"name\":\"Nora Again\",\"units\":[]}"), added,
						"id"),
				Arguments.of("missing name", demo.copy().raw(unit("x", "", "UNIT", "hsf")), added, "name"),
				Arguments.of("unknown kind", demo.copy().raw(unit("x", "X", "SQUAD", "hsf")), added, "kind"),
				Arguments.of("unknown parent", demo.copy().raw(unit("x", "X", "UNIT", "nowhere")), added, "parent"),
				Arguments.of("cycle", demo.copy().unit("hsf", "HSF", "ADMINISTRATION", "hsf-aldre-hemtjanst-syd"),
						demo.lineOf("unit:hsf"), "parent"),
				Arguments.of("bad e-mail", demo.copy().personWithEmail("x", "X", "x@", "T", "hsf"), added, "email"),
				Arguments.of("duplicate e-mail",
						demo.copy().personWithEmail("x", "X", "Ahmed.Hassan@demo.budkavle.se", "T", "hsf"), added,
						"email"),
				Arguments.of("bad phone number", demo.copy().withPhone("demo-admin", "ring växeln"),
						demo.lineOf("person:demo-admin"), "phone"),
				Arguments.of("unknown unit of a person", demo.copy().person("x", "X Y", "T", "hsf", "gone"), added,
						"units"),
				Arguments.of("manager of an unknown unit", demo.copy().manager("gone", "demo-admin", false), added,
						"unit"),
				Arguments.of("unknown manager", demo.copy().manager("hsf-adm", "nobody", false), added, "person"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenFiles")
	void aFileWithAProblemIsRejectedWithItsLineAndNothingIsApplied(String problem, TestDirectory file, int line,
			String field) {
		var before = this.tables.snapshot();
		JsonNode body = rejected(file.toString());
		// one problem each, except the cycle: every unit on it is reported (hsf, hsf-aldre, Hemtjänst Syd)
		assertThat(body.get("errors")).hasSize(problem.equals("cycle") ? 3 : 1);
		JsonNode error = body.get("errors").get(0);
		assertThat(error.get("line").asInt()).isEqualTo(line);
		assertThat(error.get("field").isNull() ? null : error.get("field").asString()).isEqualTo(field);
		assertThat(error.get("message").asString()).isNotBlank();
		assertThat(this.tables.snapshot()).isEqualTo(before);
	}

	@Test
	void everyProblemOfAFileIsListedAtOnce() {
		var before = this.tables.snapshot();
		JsonNode body = rejected(TestDirectory.demo()
			.unit("hsf", "HSF", "ADMINISTRATION", "hsf-aldre")
			.raw(unit("x", "X", "SQUAD", "hsf"))
			.personWithEmail("y", "Y", "not-an-address", "T", "hsf")
			.toString());
		assertThat(body.get("errorCount").asInt()).isEqualTo(4);
		assertThat(body.get("errors").valueStream().map((error) -> error.get("line").asInt()))
			.containsExactly(2, 3, 21, 22);
		assertThat(body.get("detail").asString()).contains("4 problem(s)");
		assertThat(this.tables.snapshot()).isEqualTo(before);
	}

	@Test
	void aFileThatIsNotUtf8IsRejectedWithTheLineOfTheFirstBadByte() {
		byte[] latin1 = TestDirectory.demo().toString().getBytes(StandardCharsets.ISO_8859_1);
		this.client.post()
			.uri(IMPORTS)
			.headers((headers) -> headers.setBearerAuth(admin()))
			.contentType(NDJSON)
			.bodyValue(latin1)
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].line").isEqualTo(2);
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedWithoutAServerError() {
		String huge = TestDirectory.demo() + "#" + "x".repeat(300 * 1024) + "\n";
		post(admin(), NDJSON, huge).expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:directory-too-large");
		assertThat(this.tables.count("select count(*) from unit")).isEqualTo(1);
	}

	@Test
	void anEmptyFileIsRejectedRatherThanDeactivatingEveryone() {
		JsonNode body = rejected("");
		assertThat(body.get("errors").get(0).get("line").isNull()).isTrue();
		assertThat(this.tables.count("select count(*) from person where active")).isEqualTo(2);
	}

	@Test
	void onlyJsonLinesOrPlainTextIsAccepted() {
		post(admin(), MediaType.APPLICATION_JSON, TestDirectory.demo().toString()).expectStatus().isEqualTo(415);
	}

	private JsonNode rejected(String file) {
		String body = post(admin(), NDJSON, file).expectStatus()
			.isEqualTo(422)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		JsonNode problem = JSON.readTree(body);
		assertThat(problem.get("type").asString()).isEqualTo("urn:budkavle:problem:directory-rejected");
		return problem;
	}

	private WebTestClient.ResponseSpec post(String token, MediaType type, String file) {
		return this.client.post()
			.uri(IMPORTS)
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(type)
			.bodyValue(file)
			.exchange();
	}

	private String admin() {
		return this.api.token("demo-admin", Set.of(Role.ADMIN));
	}

	private static String unit(String id, String name, String kind, String parent) {
		return "{\"type\":\"unit\",\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind
				+ "\",\"parent\":\"" + parent + "\"}";
	}
}
