package se.budkavle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The role table's API: an administrator of the whole organisation gives, lists and withdraws roles anywhere; one of a
 * subtree only inside it; nobody else at all; bad input is a clear 4xx.
 */
class RoleApiTests extends SignedInTestSupport {

	@AfterEach
	void withdrawTheTestSlicesGrants() {
		this.database.sql("delete from role_grant where person_id in (select id from person where external_id like 'test-%')")
			.then()
			.block();
	}

	@Test
	void aGlobalAdminGivesListsAndWithdrawsARoleForAUnitsSubtreeAndTheRowIsKept() {
		String admin = globalAdmin();
		give(admin, "hr", "hr", "hsf-aldre").expectStatus().isCreated().expectBody()
			.jsonPath("$.displayName").isEqualTo("Peter Wikström")
			.jsonPath("$.role").isEqualTo("hr")
			.jsonPath("$.unitName").isEqualTo("Äldreomsorg");
		give(admin, "hr", "hr", "hsf-aldre").expectStatus().isOk();
		assertThat(listed(admin)).contains("Peter Wikström hr Äldreomsorg");

		withdraw(admin, "hr", "hr", "hsf-aldre").expectStatus().isNoContent();
		assertThat(listed(admin)).doesNotContain("Peter Wikström hr Äldreomsorg");
		withdraw(admin, "hr", "hr", "hsf-aldre").expectStatus().isNotFound().expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:role-grant-not-found");
		assertThat(this.database.sql("select count(*) from role_grant g join person p on p.id = g.person_id"
				+ " where p.external_id = 'test-hr' and g.revoked_at is not null and g.revoked_by is not null")
			.map((row) -> row.get(0, Long.class)).one().block()).isEqualTo(1);
	}

	@Test
	void aGlobalAdminGivesARoleForTheWholeOrganisation() {
		give(globalAdmin(), "communicator", "communicator", null).expectStatus().isCreated().expectBody()
			.jsonPath("$.unitId").doesNotExist();
	}

	@Test
	void anAdminOfASubtreeGivesRolesInsideItButNeitherOutsideItNorForTheWholeOrganisation() {
		String scoped = scopedAdmin("hsf-aldre");
		give(scoped, "hr", "hr", "hsf-aldre-hemtjanst-syd").expectStatus().isCreated();
		give(scoped, "hr", "hr", "hsf-forskola").expectStatus().isForbidden().expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:role-grant-forbidden");
		give(scoped, "hr", "hr", null).expectStatus().isForbidden();
		withdraw(scoped, "hr", "hr", "hsf-aldre-hemtjanst-syd").expectStatus().isNoContent();
	}

	@Test
	void anAdminOfASubtreeListsOnlyTheRolesGivenInsideIt() {
		String admin = globalAdmin();
		give(admin, "hr", "hr", "hsf-aldre-hemtjanst-syd").expectStatus().isCreated();
		give(admin, "communicator", "communicator", "hsf-forskola").expectStatus().isCreated();
		give(admin, "employee", "hr", null).expectStatus().isCreated();
		assertThat(listed(scopedAdmin("hsf-aldre"))).containsExactly("Peter Wikström hr Hemtjänst Syd");
	}

	@Test
	void theChoicesOfAnAdminOfASubtreeAreThePeopleOfTheOrganisationAndTheUnitsInsideTheSubtree() {
		String scoped = scopedAdmin("hsf-aldre");
		assertThat(names(get(scoped, "/api/v1/roles/units?q=")))
			.containsExactlyInAnyOrder("Äldreomsorg", "Hemtjänst Syd");
		assertThat(names(get(scoped, "/api/v1/roles/people?q=wikstr"))).containsExactly("Peter Wikström");
	}

	@Test
	void someoneWhoIsNoAdministratorMaySeeNorGiveRoles() {
		String hr = this.tokens.withRoles(this.organisation.email("hr"), "hr");
		request(hr, "/api/v1/roles").exchange().expectStatus().isForbidden();
		give(hr, "hr", "hr", "hsf").expectStatus().isForbidden();
		request(hr, "/api/v1/roles/people?q=a").exchange().expectStatus().isForbidden();
	}

	@Test
	void badInputIsAClearProblemAndChangesNothing() {
		String admin = globalAdmin();
		give(admin, "hr", "boss", null).expectStatus().isBadRequest().expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-role-request")
			.jsonPath("$.errors[0].field").isEqualTo("role");
		this.client.put().uri("/api/v1/roles/{person}/hr", java.util.UUID.randomUUID())
			.headers((headers) -> headers.setBearerAuth(admin)).exchange()
			.expectStatus().isNotFound().expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:person-not-found");
		this.client.put().uri("/api/v1/roles/{person}/hr?unitId={unit}", personId("hr"), java.util.UUID.randomUUID())
			.headers((headers) -> headers.setBearerAuth(admin)).exchange()
			.expectStatus().isNotFound().expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:unit-not-found");
		request(admin, "/api/v1/roles?limit=500").exchange().expectStatus().isBadRequest();
		this.client.put().uri("/api/v1/roles/not-a-person/hr").headers((headers) -> headers.setBearerAuth(admin))
			.exchange().expectStatus().isBadRequest();
		assertThat(listed(admin)).noneMatch((line) -> line.startsWith("Peter Wikström"));
	}

	private String globalAdmin() {
		return this.tokens.withRoles(this.organisation.email("admin"), "admin");
	}

	private String scopedAdmin(String unitKey) {
		return this.tokens.withRoles(this.organisation.email("admin"), "admin@" + this.organisation.externalId(unitKey));
	}

	private String personId(String key) {
		return this.organisation.personId(this.database, key).block().toString();
	}

	private String unitId(String key) {
		return this.organisation.unitId(this.database, key).block().toString();
	}

	private WebTestClient.ResponseSpec give(String token, String person, String role, String unitKey) {
		return change(this.client.put(), token, person, role, unitKey);
	}

	private WebTestClient.ResponseSpec withdraw(String token, String person, String role, String unitKey) {
		return change(this.client.delete(), token, person, role, unitKey);
	}

	private WebTestClient.ResponseSpec change(WebTestClient.RequestHeadersUriSpec<?> method, String token, String person,
			String role, String unitKey) {
		String query = (unitKey != null) ? "?unitId=" + unitId(unitKey) : "";
		return method.uri("/api/v1/roles/" + personId(person) + "/" + role + query)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange();
	}

	private WebTestClient.RequestHeadersSpec<?> request(String token, String uri) {
		return this.client.get().uri(uri).headers((headers) -> headers.setBearerAuth(token));
	}

	private List<?> get(String token, String uri) {
		return request(token, uri).exchange().expectStatus().isOk().expectBody(List.class).returnResult()
			.getResponseBody();
	}

	private static List<String> names(List<?> choices) {
		return choices.stream().map((choice) -> (String) ((Map<?, ?>) choice).get("name")).toList();
	}

	/** The standing grants the admin sees, as "name role unit" (unit "hela" for the whole organisation). */
	private List<String> listed(String token) {
		Map<?, ?> page = request(token, "/api/v1/roles?limit=100").exchange().expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		return ((List<?>) page.get("items")).stream().map((item) -> (Map<?, ?>) item)
			.map((grant) -> grant.get("displayName") + " " + grant.get("role") + " "
					+ ((grant.get("unitName") != null) ? grant.get("unitName") : "hela"))
			.toList();
	}
}
