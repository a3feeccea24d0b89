package se.budkavle.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.org.Organisation;

import static org.assertj.core.api.Assertions.assertThat;

@DemoModeTest
class DemoControllerTests {

	@Autowired
	WebTestClient client;

	@Autowired
	Organisation organisation;

	@Autowired
	DatabaseClient database;

	@Test
	void listsTheTenPersonasWithPeopleWhoExist() {
		List<Map<String, Object>> personas = personas();
		assertThat(personas).extracting((persona) -> persona.get("key")).containsExactly("director",
				"avdelning-manager", "enhet-manager", "employee", "colleague", "outsider", "communicator", "hr", "admin",
				"registrator");
		assertThat(personas).allSatisfy((persona) -> {
			UUID id = UUID.fromString((String) persona.get("personId"));
			assertThat(this.organisation.person(id).block()).isNotNull()
				.satisfies((person) -> assertThat(person.displayName()).isEqualTo(persona.get("displayName")));
			assertThat((String) persona.get("description")).isNotBlank();
		});
		assertThat(personas.get(3)).containsEntry("displayName", "Ahmed Hassan").containsEntry("title", "Undersköterska");
	}

	@Test
	void issuesATokenThatOpensTheApiAsThePersonWithThePersonasRoles() {
		Map<String, Object> token = token(personaId("communicator"));
		assertThat(token).containsEntry("token_type", "Bearer");
		assertThat(((Number) token.get("expires_in")).longValue()).isPositive();
		this.client.get().uri("/api/v1/me").headers((headers) -> headers.setBearerAuth((String) token.get("access_token")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.displayName").isEqualTo("Lena Sjöberg")
			.jsonPath("$.roles").isEqualTo(List.of("communicator"))
			.jsonPath("$.scopes[0].unitName").isEqualTo("Hägersten-Älvsjö stadsdelsförvaltning");
	}

	@Test
	void theRegistratorHoldsTheRecordsRoleAndIsToldWhatTheRecordsToolsOffer() {
		Map<String, Object> token = token(personaId("registrator"));
		this.client.get().uri("/api/v1/me").headers((headers) -> headers.setBearerAuth((String) token.get("access_token")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.displayName").isEqualTo("Birgitta Holmgren")
			.jsonPath("$.roles").isEqualTo(List.of("records"));
		String description = (String) personas().stream()
			.filter((persona) -> "registrator".equals(persona.get("key")))
			.findFirst()
			.orElseThrow()
			.get("description");
		assertThat(description).contains("söka fram allmänna handlingar", "lämna ut dem som PDF och JSON",
				"registerutdrag för en person", "loggen över administrativa åtgärder");
	}

	@Test
	void givesOtherDemoPeopleTokensWithoutRoles() {
		UUID someone = this.organisation.personByExternalId("demo-0004").map((person) -> person.id()).block();
		Map<String, Object> token = token(someone);
		this.client.get().uri("/api/v1/me").headers((headers) -> headers.setBearerAuth((String) token.get("access_token")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.id").isEqualTo(someone.toString())
			.jsonPath("$.roles").isEmpty();
	}

	@Test
	void refusesATokenForSomeoneNotInTheOrganisation() {
		assertUnknownPerson(UUID.randomUUID());
	}

	@Test
	void refusesATokenForADeactivatedPerson() {
		UUID former = this.organisation.personByExternalId("demo-0006").map((person) -> person.id()).block();
		this.database.sql("update person set active = false where id = :id").bind("id", former).then().block();
		assertUnknownPerson(former);
	}

	@Test
	void rejectsAMalformedTokenRequestWithAProblem() {
		for (String body : List.of("{", "{\"personId\": \"not-a-uuid\"}", "[]", "")) {
			this.client.post().uri("/demo/token").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
				.exchange()
				.expectStatus().isBadRequest()
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-request");
		}
	}

	@Test
	void namesTheMissingFieldOfATokenRequest() {
		this.client.post().uri("/demo/token").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-request")
			.jsonPath("$.errors[0].field").isEqualTo("personId");
	}

	private void assertUnknownPerson(UUID personId) {
		this.client.post().uri("/demo/token").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("personId", personId))
			.exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:unknown-demo-person");
	}

	private List<Map<String, Object>> personas() {
		return this.client.get().uri("/demo/personas")
			.exchange()
			.expectStatus().isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private UUID personaId(String key) {
		return personas().stream().filter((persona) -> key.equals(persona.get("key")))
			.map((persona) -> UUID.fromString((String) persona.get("personId")))
			.findFirst()
			.orElseThrow();
	}

	private Map<String, Object> token(UUID personId) {
		return this.client.post().uri("/demo/token").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("personId", personId))
			.exchange()
			.expectStatus().isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}
}
