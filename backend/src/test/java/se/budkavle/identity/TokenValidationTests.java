package se.budkavle.identity;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class TokenValidationTests extends SignedInTestSupport {

	static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

	String employee;

	@BeforeEach
	void employee() {
		this.employee = this.organisation.email("employee");
	}

	@Test
	void aValidTokenOpensTheApi() {
		me(this.tokens.signed(this.employee)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.email")
			.isEqualTo(this.employee);
	}

	@Test
	void aTokenWhoseEmailIsNotVerifiedNamesNobody() {
		for (Object unverified : new Object[] { false, "false", null }) {
			var token = this.tokens.signed(this.employee, (claims) -> claims.claims((all) -> {
				all.remove("email_verified");
				if (unverified != null) {
					all.put("email_verified", unverified);
				}
			}));
			me(token).expectStatus()
				.isForbidden()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("urn:budkavle:problem:email-not-verified");
		}
	}

	@Test
	void anExpiredTokenIsTurnedAway() {
		var past = Instant.now().minusSeconds(600);
		var expired = this.tokens.signed(this.employee,
				(claims) -> claims.issuedAt(past.minusSeconds(600)).expiresAt(past));
		assertUnauthenticated(me(expired), INVALID_TOKEN);
	}

	@Test
	void aTokenFromAnotherIssuerIsTurnedAway() {
		var foreign = this.tokens.signed(this.employee, (claims) -> claims.issuer("https://login.example.com/realms/x"));
		assertUnauthenticated(me(foreign), INVALID_TOKEN);
	}

	@Test
	void aTokenForAnotherAudienceIsTurnedAway() {
		var elsewhere = this.tokens.signed(this.employee, (claims) -> claims.audience(List.of("another-api")));
		assertUnauthenticated(me(elsewhere), INVALID_TOKEN);
	}

	@Test
	void aTokenWithoutAnAudienceIsTurnedAway() {
		var anywhere = this.tokens.signed(this.employee, (claims) -> claims.claims((all) -> all.remove("aud")));
		assertUnauthenticated(me(anywhere), INVALID_TOKEN);
	}

	@Test
	void aTokenWhosePayloadWasChangedAfterSigningIsTurnedAway() {
		assertUnauthenticated(me(this.tokens.tampered(this.employee, this.organisation.email("admin"))),
				INVALID_TOKEN);
	}

	@Test
	void aTokenSignedByAnUntrustedKeyIsTurnedAway() {
		assertUnauthenticated(me(this.tokens.signedByAnotherKey(this.employee)), INVALID_TOKEN);
	}

	@Test
	void anUnsignedTokenIsTurnedAway() {
		assertUnauthenticated(me(this.tokens.unsigned(this.employee)), INVALID_TOKEN);
	}

	@Test
	void somethingThatIsNoTokenAtAllIsTurnedAway() {
		assertUnauthenticated(me("not-a-jwt"), INVALID_TOKEN);
	}

	@Test
	void aRequestWithoutATokenIsAskedForOne() {
		assertUnauthenticated(this.client.get().uri("/api/v1/me").exchange(), "Bearer");
	}

	private WebTestClient.ResponseSpec me(String token) {
		return this.client.get().uri("/api/v1/me").headers((headers) -> headers.setBearerAuth(token)).exchange();
	}

	static void assertUnauthenticated(WebTestClient.ResponseSpec response, String challenge) {
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
			.isEqualTo(401)
			.jsonPath("$.title")
			.isEqualTo("Not signed in");
	}
}
