package se.budkavle.org.web;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.OrgTables;
import se.budkavle.org.OrgTest;
import se.budkavle.org.Organisation;
import se.budkavle.org.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

@OrgTest
class DirectorySafetyTests {

	private static final String IMPORTS = "/api/v1/admin/directory/imports";

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient database;

	@Autowired
	DirectoryImports imports;

	OrgApi api;

	OrgTables tables;

	@BeforeEach
	void startWithTheDemoOrganisation(@Autowired DemoTokens tokens, @Autowired Organisation organisation) {
		this.tables = new OrgTables(this.database);
		this.tables.clear();
		this.database.sql("delete from known_admin").then().block();
		this.imports.applyFile(TestDirectory.demo().toString(), "seed", null).block();
		this.api = new OrgApi(this.client, tokens, organisation, this.database);
	}

	@Test
	void anImportThatWouldDeactivateTheLastAdminIsRefusedEvenWhenConfirmedAndNothingIsApplied() {
		String admin = admin("demo-admin");
		var before = this.tables.snapshot();
		for (String confirm : new String[] { "", "?confirm=true" }) {
			post(admin, confirm, TestDirectory.demo().without("person:demo-admin")).expectStatus()
				.isEqualTo(422)
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type").isEqualTo("urn:budkavle:problem:no-admin-left")
				.jsonPath("$.counts.activeAdmins").isEqualTo(1)
				.jsonPath("$.counts.adminsDeactivated").isEqualTo(1);
		}
		assertThat(this.tables.snapshot()).isEqualTo(before);
		post(admin, "", TestDirectory.demo()).expectStatus().isOk();
	}

	@Test
	void deactivatingAnAdminNeedsConfirmationWhileAnotherAdminRemains() {
		admin("demo-director");
		String admin = admin("demo-admin");
		TestDirectory withoutTheDirector = TestDirectory.demo().without("person:demo-director")
			.without("manager:hsf/demo-director");
		var before = this.tables.snapshot();
		post(admin, "", withoutTheDirector).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:deactivation-unconfirmed")
			.jsonPath("$.counts.adminsDeactivated").isEqualTo(1)
			.jsonPath("$.counts.peopleDeactivated").isEqualTo(1);
		assertThat(this.tables.snapshot()).isEqualTo(before);
		post(admin, "?confirm=true", withoutTheDirector).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.changes.peopleDeactivated").isEqualTo(1);
	}

	@Test
	void deactivatingMoreThanTenPercentOfThePeopleNeedsConfirmation() {
		String admin = admin("demo-admin");
		var before = this.tables.snapshot();
		post(admin, "", TestDirectory.demo().without("person:demo-employee")).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:deactivation-unconfirmed")
			.jsonPath("$.counts.activePeople").isEqualTo(8)
			.jsonPath("$.counts.peopleDeactivated").isEqualTo(1)
			.jsonPath("$.counts.adminsDeactivated").isEqualTo(0)
			.jsonPath("$.detail").value((detail) -> assertThat((String) detail).contains("1 of 8", "confirm=true"));
		assertThat(this.tables.snapshot()).isEqualTo(before);
	}

	@Test
	void deactivatingFewerThanTenPercentNeedsNoConfirmation() {
		TestDirectory larger = TestDirectory.demo();
		for (int i = 1; i <= 12; i++) {
			larger.person("extra-" + i, "Extra Person " + i, "Handläggare", "hsf-adm");
		}
		String admin = admin("demo-admin");
		post(admin, "", larger).expectStatus().isOk();
		post(admin, "", larger.copy().without("person:extra-1")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.changes.peopleDeactivated").isEqualTo(1);
	}

	@Test
	void aPreviewCountsTheChangesNamesTheFirstOfEachKindWarnsAndChangesNothing() {
		String admin = admin("demo-admin");
		TestDirectory file = TestDirectory.demo()
			.without("person:demo-employee")
			.person("new-1", "Nya Nilsson", "Sjuksköterska", "hsf-aldre")
			.person("demo-colleague", "Sofia Nilsson", "Undersköterska", "hsf-forskola");
		var before = this.tables.snapshot();
		this.client.post()
			.uri("/api/v1/admin/directory/previews")
			.headers((headers) -> headers.setBearerAuth(admin))
			.contentType(MediaType.APPLICATION_NDJSON)
			.bodyValue(file.toString())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.changes.peopleAdded").isEqualTo(1)
			.jsonPath("$.changes.peopleDeactivated").isEqualTo(1)
			.jsonPath("$.changes.peopleMoved").isEqualTo(1)
			.jsonPath("$.first.added[0].id").isEqualTo("new-1")
			.jsonPath("$.first.added[0].name").isEqualTo("Nya Nilsson")
			.jsonPath("$.first.deactivated[0].name").isEqualTo("Ahmed Hassan")
			.jsonPath("$.first.moved[*].id").isEqualTo(java.util.List.of("demo-colleague"))
			.jsonPath("$.deactivation.activePeople").isEqualTo(8)
			.jsonPath("$.needsConfirmation").isEqualTo(true)
			.jsonPath("$.leavesNoAdmin").isEqualTo(false);
		assertThat(this.tables.snapshot()).isEqualTo(before);
	}

	@Test
	void aPreviewWarnsThatAFileWithoutTheLastAdminWouldBeRefused() {
		String admin = admin("demo-admin");
		this.client.post()
			.uri("/api/v1/admin/directory/previews")
			.headers((headers) -> headers.setBearerAuth(admin))
			.contentType(MediaType.APPLICATION_NDJSON)
			.bodyValue(TestDirectory.demo().without("person:demo-admin").toString())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.leavesNoAdmin").isEqualTo(true)
			.jsonPath("$.first.deactivated[0].name").isEqualTo("Nora Lund");
	}

	@Test
	void theHistoryListsImportsNewestFirstWithWhoRanThem() {
		String admin = admin("demo-admin");
		post(admin, "", TestDirectory.demo().person("new-1", "Nya Nilsson", "Sjuksköterska", "hsf-aldre"))
			.expectStatus()
			.isOk();
		this.client.get()
			.uri("/api/v1/admin/directory/history")
			.headers((headers) -> headers.setBearerAuth(admin))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.entries[0].source").isEqualTo("upload")
			.jsonPath("$.entries[0].appliedBy.name").isEqualTo("Nora Lund")
			.jsonPath("$.entries[0].changes.peopleAdded").isEqualTo(1)
			.jsonPath("$.entries[0].total").isEqualTo(2)
			.jsonPath("$.entries[1].source").isEqualTo("seed")
			.jsonPath("$.entries[1].appliedBy").isEmpty();
		this.client.get()
			.uri("/api/v1/admin/directory/history")
			.headers((headers) -> headers.setBearerAuth(this.api.token("demo-employee", Set.of())))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	/** A token with the admin role; using it once makes the hub know the person as an administrator. */
	private String admin(String externalId) {
		String token = this.api.token(externalId, Set.of(Role.ADMIN));
		this.client.get()
			.uri("/api/v1/admin/identity-probe")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isNotFound();
		return token;
	}

	private WebTestClient.ResponseSpec post(String token, String query, TestDirectory file) {
		return this.client.post()
			.uri(IMPORTS + query)
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_NDJSON)
			.bodyValue(file.toString())
			.exchange();
	}
}
