package se.budkavle.identity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.org.OrgTables;
import se.budkavle.org.TestDirectory;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=budkavle-bootstrap-tests",
				"budkavle.identity.bootstrap-admins=It.Admin@stad.example, 4711" })
@AutoConfigureWebTestClient
class BootstrapAdminTests {

	static final String IMPORTS = "/api/v1/admin/directory/imports";

	static final String BOOTSTRAP = "it.admin@stad.example";

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient database;

	TestTokens tokens;

	@BeforeEach
	void anEmptyHub(@Autowired DemoKeys keys) {
		new OrgTables(this.database).clear();
		this.database.sql("delete from known_admin").then().block();
		this.tokens = new TestTokens(keys);
	}

	@Test
	void aBootstrapAdminImportsTheFirstDirectoryFileWithoutBeingInIt() {
		post(this.tokens.signed(BOOTSTRAP), TestDirectory.demo()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.changes.peopleAdded")
			.isEqualTo(8);
	}

	@Test
	void aBootstrapAdminMayDoNothingButImportTheDirectory() {
		String token = this.tokens.signed(BOOTSTRAP);
		get(token, "/api/v1/me").expectStatus().isForbidden();
		get(token, "/api/v1/admin/identity-probe").expectStatus().isForbidden();
	}

	@Test
	void someoneNotInTheBootstrapListIsAnUnknownPerson() {
		post(this.tokens.signed("someone.else@stad.example"), TestDirectory.demo()).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:budkavle:problem:unknown-person");
	}

	@Test
	void onceAnActiveAdminHasSignedInTheBootstrapAdminIsAnUnknownPersonAgain() {
		post(this.tokens.signed(BOOTSTRAP), TestDirectory.demo()).expectStatus().isOk();
		get(this.tokens.withRoles("nora.lund@demo.budkavle.se", "admin"), "/api/v1/admin/identity-probe")
			.expectStatus()
			.isNotFound();
		post(this.tokens.signed(BOOTSTRAP), TestDirectory.demo()).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:budkavle:problem:unknown-person");
	}

	private WebTestClient.ResponseSpec post(String token, TestDirectory file) {
		return this.client.post()
			.uri(IMPORTS)
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_NDJSON)
			.bodyValue(file.toString())
			.exchange();
	}

	private WebTestClient.ResponseSpec get(String token, String path) {
		return this.client.get().uri(path).headers((headers) -> headers.setBearerAuth(token)).exchange();
	}
}
