package se.budkavle.identity;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static se.budkavle.identity.TestOrganisation.EMPLOYEE;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class TokenValidationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DemoKeys keys;

	@Autowired
	DatabaseClient database;

	TestTokens tokens;

	@BeforeEach
	void organisation() {
		TestOrganisation.ensure(this.database).block();
		this.tokens = new TestTokens(this.keys);
	}

	@Test
	void aValidTokenOpensTheApi() {
		me(this.tokens.signed(EMPLOYEE)).expectStatus().isOk().expectBody().jsonPath("$.email").isEqualTo(EMPLOYEE);
	}

	@Test
	void anExpiredTokenIsTurnedAway() {
		var past = Instant.now().minusSeconds(600);
		assertUnauthenticated(me(this.tokens.signed(EMPLOYEE, (claims) -> claims.issuedAt(past.minusSeconds(600))
			.expiresAt(past))), "Bearer error=\"invalid_token\"");
	}

	@Test
	void aTokenFromAnotherIssuerIsTurnedAway() {
		assertUnauthenticated(me(this.tokens.signed(EMPLOYEE, (claims) -> claims.issuer("https://evil.example"))),
				"Bearer error=\"invalid_token\"");
	}

	@Test
	void aTokenForAnotherAudienceIsTurnedAway() {
		assertUnauthenticated(me(this.tokens.signed(EMPLOYEE, (claims) -> claims.audience(List.of("another-api")))),
				"Bearer error=\"invalid_token\"");
	}

	@Test
	void aTokenWithAPayloadChangedAfterSigningIsTurnedAway() {
		assertUnauthenticated(me(this.tokens.tampered(EMPLOYEE, TestOrganisation.ADMIN)),
				"Bearer error=\"invalid_token\"");
	}

	@Test
	void aTokenSignedByAnUntrustedKeyIsTurnedAway() {
		assertUnauthenticated(me(this.tokens.signedByAnotherKey(EMPLOYEE)), "Bearer error=\"invalid_token\"");
	}

	@Test
	void anUnsignedTokenIsTurnedAway() {
		assertUnauthenticated(me(this.tokens.unsigned(EMPLOYEE)), "Bearer error=\"invalid_token\"");
	}

	@Test
	void aRequestWithoutATokenIsAskedForOne() {
		assertUnauthenticated(this.client.get().uri("/api/v1/me").exchange(), "Bearer");
	}

	@Test
	void aTokenTheHubIssuedInDemoModePassesTheSameChecks(@Autowired DemoTokens demoTokens) {
		var person = new se.budkavle.org.Person(java.util.UUID.randomUUID(), "demo-employee", "Ahmed Hassan", EMPLOYEE,
				null, true);
		var token = demoTokens.issue(person, java.util.Set.of(Role.HR));
		me(token.accessToken()).expectStatus().isOk().expectBody().jsonPath("$.roles").isEqualTo(List.of("hr"));
	}

	private WebTestClient.ResponseSpec me(String token) {
		return this.client.get().uri("/api/v1/me").headers((headers) -> headers.setBearerAuth(token)).exchange();
	}

	private static void assertUnauthenticated(WebTestClient.ResponseSpec response, String challenge) {
		response.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, challenge)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:budkavle:problem:unauthenticated")
			.jsonPath("$.status")
			.isEqualTo(401);
	}
}
