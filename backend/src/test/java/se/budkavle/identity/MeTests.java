package se.budkavle.identity;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

class MeTests extends SignedInTestSupport {

	@Test
	void anEmployeeSeesTheirUnitAndTheirEnhetManager() {
		me("employee").jsonPath("$.id")
			.isEqualTo(personId("employee"))
			.jsonPath("$.displayName")
			.isEqualTo("Ahmed Hassan")
			.jsonPath("$.email")
			.isEqualTo(this.organisation.email("employee"))
			.jsonPath("$.roles")
			.isEmpty()
			.jsonPath("$.units[*].name")
			.isEqualTo(List.of("Hemtjänst Syd"))
			.jsonPath("$.units[0].id")
			.isEqualTo(unitId("hsf-aldre-hemtjanst-syd"))
			.jsonPath("$.manages")
			.isEmpty()
			.jsonPath("$.manager.id")
			.isEqualTo(personId("enhet-manager"))
			.jsonPath("$.manager.displayName")
			.isEqualTo("Maria Holm");
	}

	@Test
	void anEnhetManagerSeesTheUnitSheLeadsAndReportsToTheAvdelningManager() {
		me("enhet-manager").jsonPath("$.units[*].name")
			.isEqualTo(List.of("Hemtjänst Syd"))
			.jsonPath("$.manages[*].name")
			.isEqualTo(List.of("Hemtjänst Syd"))
			.jsonPath("$.manages[0].id")
			.isEqualTo(unitId("hsf-aldre-hemtjanst-syd"))
			.jsonPath("$.manager.displayName")
			.isEqualTo("Anders Berg");
	}

	@Test
	void theAvdelningManagerReportsToTheDirector() {
		me("avdelning-manager").jsonPath("$.manages[*].name")
			.isEqualTo(List.of("Äldreomsorg"))
			.jsonPath("$.manager.displayName")
			.isEqualTo("Karin Lindqvist");
	}

	@Test
	void theDirectorHasNoManager() {
		me("director").jsonPath("$.manages[*].name")
			.isEqualTo(List.of("Hägersten-Älvsjö stadsdelsförvaltning"))
			.jsonPath("$.manager")
			.isEqualTo(null);
	}

	@Test
	void rolesAreRealmRoleNamesInLowerCase() {
		this.client.get()
			.uri("/api/v1/me")
			.headers((headers) -> headers.setBearerAuth(this.tokens.withRoles(this.organisation.email("admin"), "admin")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.roles")
			.isEqualTo(List.of("admin"));
	}

	private WebTestClient.BodyContentSpec me(String key) {
		return this.client.get()
			.uri("/api/v1/me")
			.headers((headers) -> headers.setBearerAuth(this.tokens.signed(this.organisation.email(key))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private String personId(String key) {
		return this.organisation.personId(this.database, key).map(Object::toString).block();
	}

	private String unitId(String key) {
		return this.organisation.unitId(this.database, key).map(Object::toString).block();
	}
}
