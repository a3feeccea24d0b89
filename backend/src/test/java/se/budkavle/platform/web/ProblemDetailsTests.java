package se.budkavle.platform.web;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.org.Organisation;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ProblemDetailsTests {

	@Autowired
	WebTestClient client;

	String token;

	@BeforeEach
	void signIn(@Autowired DatabaseClient database, @Autowired Organisation organisation,
			@Autowired DemoTokens tokens) {
		// Written straight into the table: a directory import here would deactivate the people of other tests
		// that share this application context and its database.
		database.sql("""
				insert into person (external_id, display_name, email)
				values ('problems-person', 'Pia Problem', 'pia.problem@test.budkavle.se')
				on conflict (external_id) do nothing""").then().block();
		this.token = tokens.issue(organisation.personByExternalId("problems-person").block(), Set.of())
			.accessToken();
	}

	@Test
	void anUnknownApiRouteIsANotFoundProblem() {
		this.client.get()
			.uri("/api/v1/no-such-thing")
			.headers((headers) -> headers.setBearerAuth(this.token))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404);
	}

	@Test
	void aPageSizeOverTheLimitIsABadRequestProblem() {
		this.client.get()
			.uri("/api/v1/units/00000000-0000-0000-0000-000000000000/members?limit=101")
			.headers((headers) -> headers.setBearerAuth(this.token))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:budkavle:problem:invalid-page-size");
	}

	@Test
	void theApiDescriptionListsTheApi() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.openapi")
			.exists()
			.jsonPath("$.paths['/api/v1/me']")
			.exists();
	}
}
