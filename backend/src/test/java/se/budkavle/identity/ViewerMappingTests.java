package se.budkavle.identity;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class ViewerMappingTests extends SignedInTestSupport {

	@Test
	void aValidTokenForSomeoneOutsideTheOrganisationIsForbiddenAsUnknownPerson() {
		assertUnknownPerson(me(this.tokens.signed("stranger@example.com")));
	}

	@Test
	void aValidTokenForADeactivatedPersonIsForbiddenAsUnknownPerson() {
		assertUnknownPerson(me(this.tokens.signed(this.organisation.email("former"))));
	}

	@Test
	void aValidTokenWithoutThePersonClaimIsForbiddenAsUnknownPerson() {
		assertUnknownPerson(me(this.tokens.signed(this.organisation.email("employee"),
				(claims) -> claims.claims((all) -> all.remove("email")))));
	}

	@Test
	void realmRolesBecomeRolesAndRoleNamesTheHubDoesNotKnowAreIgnored() {
		var token = this.tokens.signed(this.organisation.email("employee"), (claims) -> claims.claim("realm_access",
				Map.of("roles", List.of("hr", "communicator", "offline_access", "uma_authorization"))));
		me(token).expectStatus().isOk().expectBody().jsonPath("$.roles").isEqualTo(List.of("communicator", "hr"));
	}

	@Test
	void aTokenWithoutRealmRolesGivesNoRoles() {
		var token = this.tokens.signed(this.organisation.email("employee"),
				(claims) -> claims.claims((all) -> all.remove("realm_access")));
		me(token).expectStatus().isOk().expectBody().jsonPath("$.roles").isEmpty();
	}

	@Test
	void theEmailClaimMatchesWhateverItsCase() {
		var shouting = this.organisation.email("employee").toUpperCase(Locale.ROOT);
		me(this.tokens.signed(shouting)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.email")
			.isEqualTo(this.organisation.email("employee"));
	}

	@Test
	void theNameComesFromTheOrganisationNotFromTheToken() {
		var token = this.tokens.signed(this.organisation.email("employee"), (claims) -> claims.claim("name", "Mallory"));
		me(token).expectStatus().isOk().expectBody().jsonPath("$.displayName").isEqualTo("Ahmed Hassan");
	}

	private WebTestClient.ResponseSpec me(String token) {
		return this.client.get().uri("/api/v1/me").headers((headers) -> headers.setBearerAuth(token)).exchange();
	}

	static void assertUnknownPerson(WebTestClient.ResponseSpec response) {
		response.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:budkavle:problem:unknown-person")
			.jsonPath("$.status")
			.isEqualTo(403);
	}
}
