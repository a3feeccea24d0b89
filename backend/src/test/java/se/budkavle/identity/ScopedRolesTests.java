package se.budkavle.identity;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Roles scoped to a unit's subtree come from the token ({@code role@unit} entries in the realm roles or in the scoped
 * roles claim) and from the role table; a scoped admin is no administrator of the whole organisation.
 */
class ScopedRolesTests extends SignedInTestSupport {

	@AfterEach
	void withdrawTheTestSlicesGrants() {
		this.database.sql("delete from role_grant where person_id in (select id from person where external_id like 'test-%')")
			.then()
			.block();
	}

	@Test
	void aRealmRoleNamedRoleAtUnitHoldsTheRoleForThatUnitsSubtree() {
		String token = this.tokens.withRoles(this.organisation.email("employee"), "communicator@test-hsf");
		me(token).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.roles").isEqualTo(List.of("communicator"))
			.jsonPath("$.scopes[0].role").isEqualTo("communicator")
			.jsonPath("$.scopes[0].unitName").isEqualTo("Hägersten-Älvsjö stadsdelsförvaltning");
	}

	@Test
	void theScopedRolesClaimAddsScopedRolesAndIgnoresUnknownUnitsRolesAndMalformedEntries() {
		String hub = unitId("hsf-adm");
		String token = this.tokens.signed(this.organisation.email("employee"), (claims) -> claims
			.claim("budkavle_scoped_roles", List.of("hr@" + hub, "hr@no-such-unit", "boss@test-hsf", "@test-hsf", "admin@")));
		me(token).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.roles").isEqualTo(List.of("hr"))
			.jsonPath("$.scopes.length()").isEqualTo(1)
			.jsonPath("$.scopes[0].unitId").isEqualTo(hub)
			.jsonPath("$.scopes[0].unitName").isEqualTo("Administration");
	}

	@Test
	void aRoleGivenInTheRoleTableHoldsWithoutAnythingInTheToken() {
		this.database.sql("insert into role_grant (person_id, role, unit_id) values ((select id from person where external_id = 'test-employee'), 'HR', (select id from unit where external_id = 'test-hsf-aldre'))")
			.then()
			.block();
		me(this.tokens.signed(this.organisation.email("employee"))).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.roles").isEqualTo(List.of("hr"))
			.jsonPath("$.scopes[0].unitName").isEqualTo("Äldreomsorg");
	}

	@Test
	void aWithdrawnGrantNoLongerHolds() {
		this.database.sql("insert into role_grant (person_id, role, revoked_at) values ((select id from person where external_id = 'test-employee'), 'HR', now())")
			.then()
			.block();
		me(this.tokens.signed(this.organisation.email("employee"))).expectStatus().isOk().expectBody()
			.jsonPath("$.roles").isEmpty();
	}

	@Test
	void anAdminScopedToAUnitIsRefusedTheAdminRoutesOfTheWholeOrganisation() {
		String scoped = this.tokens.withRoles(this.organisation.email("admin"), "admin@test-hsf");
		this.client.get().uri(SecurityRulesTests.ADMIN_ROUTE).headers((headers) -> headers.setBearerAuth(scoped))
			.exchange().expectStatus().isForbidden();
		this.client.get().uri("/api/v1/admin/directory/history").headers((headers) -> headers.setBearerAuth(scoped))
			.exchange().expectStatus().isForbidden();
		String global = this.tokens.withRoles(this.organisation.email("admin"), "admin");
		this.client.get().uri(SecurityRulesTests.ADMIN_ROUTE).headers((headers) -> headers.setBearerAuth(global))
			.exchange().expectStatus().isNotFound();
	}

	private String unitId(String key) {
		return this.organisation.unitId(this.database, key).block().toString();
	}

	private WebTestClient.ResponseSpec me(String token) {
		return this.client.get().uri("/api/v1/me").headers((headers) -> headers.setBearerAuth(token)).exchange();
	}
}
