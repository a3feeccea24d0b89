package se.budkavle.org.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.OrgTables;
import se.budkavle.org.OrgTest;
import se.budkavle.org.Organisation;
import se.budkavle.org.TestDirectory;

@OrgTest
class PersonApiTests {

	@Autowired
	DirectoryImports imports;

	@Autowired
	DatabaseClient database;

	OrgApi api;

	@BeforeEach
	void importTheDemoOrganisation(@Autowired WebTestClient client, @Autowired DemoTokens tokens,
			@Autowired Organisation organisation) {
		new OrgTables(this.database).clear();
		apply(TestDirectory.demo().person("demo-admin", "Nora Lund", "Systemförvaltare", "hsf-adm", "hsf"));
		this.api = new OrgApi(client, tokens, organisation, this.database);
	}

	@Test
	void aPersonShowsTheirUnitsPrimaryFirstAndTheirManager() {
		this.api.get("demo-employee", "/api/v1/people/{id}", this.api.person("demo-admin"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id").isEqualTo(this.api.person("demo-admin").toString())
			.jsonPath("$.externalId").isEqualTo("demo-admin")
			.jsonPath("$.displayName").isEqualTo("Nora Lund")
			.jsonPath("$.email").isEqualTo("nora.lund@demo.budkavle.se")
			.jsonPath("$.jobTitle").isEqualTo("Systemförvaltare")
			.jsonPath("$.active").isEqualTo(true)
			.jsonPath("$.units[*].name").isEqualTo(List.of("Administration", "Hägersten-Älvsjö stadsdelsförvaltning"))
			.jsonPath("$.units[0].id").isEqualTo(this.api.unit("hsf-adm").toString())
			.jsonPath("$.manages").isEmpty()
			.jsonPath("$.manager.id").isEqualTo(this.api.person("demo-director").toString())
			.jsonPath("$.manager.displayName").isEqualTo("Karin Lindqvist");
	}

	@Test
	void theManagerChainGoesUpOneLevelForSomeoneWhoLeadsTheirOwnUnit() {
		this.api.get("demo-employee", "/api/v1/people/{id}", this.api.person("demo-employee"))
			.expectBody()
			.jsonPath("$.manager.displayName").isEqualTo("Maria Holm");
		this.api.get("demo-employee", "/api/v1/people/{id}", this.api.person("demo-enhet-manager"))
			.expectBody()
			.jsonPath("$.manages[*].name").isEqualTo(List.of("Hemtjänst Syd"))
			.jsonPath("$.manager.displayName").isEqualTo("Anders Berg");
		this.api.get("demo-employee", "/api/v1/people/{id}", this.api.person("demo-avdelning-manager"))
			.expectBody()
			.jsonPath("$.manager.displayName").isEqualTo("Karin Lindqvist");
		this.api.get("demo-employee", "/api/v1/people/{id}", this.api.person("demo-director"))
			.expectBody()
			.jsonPath("$.manages[*].name").isEqualTo(List.of("Hägersten-Älvsjö stadsdelsförvaltning"))
			.jsonPath("$.manager").isEmpty();
	}

	@Test
	void somebodyWhoLeftStaysReadable() {
		var colleague = this.api.person("demo-colleague");
		apply(TestDirectory.demo().without("person:demo-colleague"));
		this.api.get("demo-employee", "/api/v1/people/{id}", colleague)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.displayName").isEqualTo("Sofia Nilsson")
			.jsonPath("$.active").isEqualTo(false)
			.jsonPath("$.units[*].name").isEqualTo(List.of("Hemtjänst Syd"));
	}

	@Test
	void anUnknownPersonIsNotFoundAndAMalformedIdIsABadRequest() {
		this.api.get("demo-employee", "/api/v1/people/{id}", "5b0b6e38-2f43-4b0c-9d1e-3f1f00000000")
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:person-not-found");
		this.api.get("demo-employee", "/api/v1/people/{id}", "42")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-request");
	}

	@Test
	void readingPeopleNeedsAToken() {
		this.api.getWithoutToken("/api/v1/people/{id}", this.api.person("demo-employee"))
			.expectStatus()
			.isUnauthorized();
	}

	private void apply(TestDirectory directory) {
		this.imports.applyFile(directory.toString(), "test", null).block();
	}
}
