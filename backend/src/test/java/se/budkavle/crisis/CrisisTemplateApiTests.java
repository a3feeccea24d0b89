package se.budkavle.crisis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prepared crisis messages: written and edited by those who may send (each edit a new version with who and when,
 * each in the audit trail), refused to others, and a message sent from one records the template and version and is
 * refused while a placeholder is unfilled.
 */
class CrisisTemplateApiTests extends HubTestSupport {

	static Map<String, Object> template(String name, String title) {
		return Map.of("name", name, "title", title, "body", "Gå till {återsamlingsplats} och svara här.", "severity",
				"CRITICAL", "confirmation", "SAFETY");
	}

	Map<?, ?> create(Map<String, Object> body) {
		return as("communicator", Role.COMMUNICATOR).post().uri("/api/v1/crises/templates").bodyValue(body).exchange()
			.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
	}

	List<Map<?, ?>> items(String uri, String key, Role role) {
		Map<?, ?> page = as(key, role).get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class)
			.returnResult().getResponseBody();
		return ((List<?>) page.get("items")).stream().<Map<?, ?>>map((item) -> (Map<?, ?>) item).toList();
	}

	@Test
	void everyEditIsANewVersionWithWhoAndWhenAndTheListShowsTheLatestWithItsPlaceholders() {
		String name = "Utrymning " + UUID.randomUUID();
		Map<?, ?> created = create(template(name, "Utrym {plats} nu"));
		String id = (String) created.get("id");
		assertThat(created.get("version")).isEqualTo(1);
		this.clock.advance(java.time.Duration.ofMinutes(1));
		as("director", Role.CRISIS).put().uri("/api/v1/crises/templates/" + id)
			.bodyValue(template(name, "Utrym {plats} genast")).exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.id").isEqualTo(id).jsonPath("$.version").isEqualTo(2);

		assertThat(items("/api/v1/crises/templates", "director", Role.CRISIS))
			.filteredOn((item) -> id.equals(item.get("id"))).singleElement().satisfies((item) -> {
				assertThat(item.get("version")).isEqualTo(2);
				assertThat(item.get("title")).isEqualTo("Utrym {plats} genast");
				assertThat(item.get("placeholders")).isEqualTo(List.of("plats", "återsamlingsplats"));
				assertThat(item.get("severity")).isEqualTo("CRITICAL");
				assertThat(item.get("confirmation")).isEqualTo("SAFETY");
				assertThat(item.get("updatedBy")).isEqualTo("Karin Lindqvist");
				assertThat(item.get("updatedAt")).isNotNull();
			});
		assertThat(items("/api/v1/crises/templates/" + id + "/versions", "admin", Role.ADMIN))
			.extracting((item) -> item.get("version") + " " + item.get("title") + " " + item.get("updatedBy"))
			.containsExactly("2 Utrym {plats} genast Karin Lindqvist", "1 Utrym {plats} nu Lena Sjöberg");
		assertThat(this.database.sql("""
				select count(*) from audit_entry where action = 'crisis.template-saved' and subject like :subject""")
			.bind("subject", "crisis-template:" + id + "%").mapValue(Long.class).one().block()).isEqualTo(2);
	}

	@Test
	void othersMayNotReadOrWriteTemplatesAndBadInputOrAnUnknownTemplateIsAProblem() {
		as("employee").get().uri("/api/v1/crises/templates").exchange().expectStatus().isForbidden()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		as("enhet-manager").post().uri("/api/v1/crises/templates").bodyValue(template("X", "Y")).exchange()
			.expectStatus().isForbidden();
		Map<String, Object> noSeverity = new HashMap<>(template("X", "Y"));
		noSeverity.remove("severity");
		as("communicator", Role.COMMUNICATOR).post().uri("/api/v1/crises/templates").bodyValue(noSeverity).exchange()
			.expectStatus().is4xxClientError()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		as("communicator", Role.COMMUNICATOR).put().uri("/api/v1/crises/templates/" + UUID.randomUUID())
			.bodyValue(template("X", "Y")).exchange().expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aMessageFromATemplateRecordsItsVersionAndIsRefusedWhileAPlaceholderIsUnfilled() {
		String id = (String) create(template("Utrymning " + UUID.randomUUID(), "Utrym {plats} nu")).get("id");
		long before = this.database.sql("select count(*) from crisis").mapValue(Long.class).one().block();
		Map<String, Object> unfilled = new HashMap<>(CrisisApiTests.crisis("SAFETY", true, unit("hsf-adm")));
		unfilled.put("title", "Utrym {plats} nu");
		unfilled.put("templateId", id);
		as("communicator", Role.COMMUNICATOR).post().uri("/api/v1/crises").bodyValue(unfilled).exchange()
			.expectStatus().isEqualTo(422)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("title").jsonPath("$.placeholders[0]").isEqualTo("plats");
		assertThat(this.database.sql("select count(*) from crisis").mapValue(Long.class).one().block()).isEqualTo(before);

		Map<String, Object> filled = new HashMap<>(unfilled);
		filled.put("title", "Utrym hus B nu");
		filled.put("templateVersion", 1);
		String crisis = (String) as("communicator", Role.COMMUNICATOR).post().uri("/api/v1/crises").bodyValue(filled)
			.exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
		assertThat(this.database.sql("select template_id || ':' || template_version from crisis where id = :id")
			.bind("id", UUID.fromString(crisis)).mapValue(String.class).one().block()).isEqualTo(id + ":1");
		filled.put("templateVersion", 7);
		as("communicator", Role.COMMUNICATOR).post().uri("/api/v1/crises").bodyValue(filled).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("templateId");
	}
}
