package se.budkavle.identity;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.org.Organisation;

/**
 * An organisation whose directory is Entra: tokens name people by object id ({@code oid}, the person's external id
 * here) and carry their roles in a flat {@code roles} claim.
 */
@TestPropertySource(properties = { "budkavle.identity.person-claim=oid", "budkavle.identity.roles-claim=roles" })
class PersonClaimTests extends SignedInTestSupport {

	@Test
	void theConfiguredClaimIsMatchedAgainstTheExternalId() {
		var token = this.tokens.signed("someone@elsewhere.example", (claims) -> claims
			.claim("oid", this.organisation.externalId("employee"))
			.claim("roles", List.of("hr")));
		me(token).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.displayName")
			.isEqualTo("Ahmed Hassan")
			.jsonPath("$.roles")
			.isEqualTo(List.of("hr"));
	}

	@Test
	void theEmailClaimNoLongerLinksAToken() {
		ViewerMappingTests.assertUnknownPerson(me(this.tokens.signed(this.organisation.email("employee"))));
	}

	@Test
	void demoTokensFollowTheConfiguredClaims(@Autowired DemoTokens demoTokens, @Autowired Organisation people) {
		var employee = people.personByExternalId(this.organisation.externalId("employee")).block();
		me(demoTokens.issue(employee, Set.of(Role.ADMIN)).accessToken()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.displayName")
			.isEqualTo("Ahmed Hassan")
			.jsonPath("$.roles")
			.isEqualTo(List.of("admin"));
	}

	private WebTestClient.ResponseSpec me(String token) {
		return this.client.get().uri("/api/v1/me").headers((headers) -> headers.setBearerAuth(token)).exchange();
	}
}
