package se.budkavle.news;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class PostingTests extends NewsApiSupport {

	@Test
	void aManagerPostsToTheirEnhetAndEveryOtherMemberOfItsSubtreeIsTheAudience() {
		post("enhet-manager", "/api/v1/posts", body("Nytt schema", ENHET)).exchange()
			.expectStatus().isCreated()
			.expectHeader().valueMatches("Location", "/api/v1/posts/[0-9a-f-]{36}")
			.expectHeader().valueEquals("ETag", "\"1\"")
			.expectBody()
			.jsonPath("$.status").isEqualTo("PUBLISHED")
			.jsonPath("$.version").isEqualTo(1)
			// the deputy and Sofia Nilsson in the enhet, Ahmed Hassan in its team; Maria Holm wrote it
			.jsonPath("$.audienceSize").isEqualTo(3);
		assertThat(count("select count(*) from post_revision where version = 1")).isOne();
	}

	@Test
	void withoutSubunitsOnlyTheUnitsOwnMembersAreTheAudience() {
		var body = body("Bara enheten", ENHET);
		body.put("targets", List.of(Map.of("unitId", this.organisation.unit(ENHET), "includeSubunits", false)));
		post("enhet-manager", "/api/v1/posts", body).exchange()
			.expectStatus().isCreated()
			.expectBody().jsonPath("$.audienceSize").isEqualTo(2);
	}

	@Test
	void eachPersonIsCountedOnceInTheirPrimaryUnitWhenItIsTargeted() {
		UUID post = publish("avdelning-manager", body("Till äldreomsorgen", "hsf-aldre", ENHET));
		// the enhet's four and its team's one; Anders Berg, counted in Äldreomsorg, wrote it
		assertThat(count("select count(*) from post_audience where post_id = '" + post + "'")).isEqualTo(4);
		assertThat(count("select count(*) from post_audience a join unit u on u.id = a.unit_id where u.external_id = '"
				+ "hsf-aldre-hemtjanst-syd-a' and a.person_id = '" + this.organisation.person("employee") + "'")).isOne();
	}

	@Test
	void managersOfAnAvdelningAndDeputiesMayPostToTheUnitsBelow() {
		publish("avdelning-manager", "Från avdelningen", ENHET);
		publish("director", "Från direktören", ENHET);
		publish("deputy", "Från ställföreträdaren", ENHET);
		assertThat(count("select count(*) from post")).isEqualTo(3);
	}

	@Test
	void aManagerMayNotPostAboveOrBesideTheirUnits() {
		post("enhet-manager", "/api/v1/posts", body("Uppåt", "hsf-aldre")).exchange()
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:forbidden");
		post("avdelning-manager", "/api/v1/posts", body("Åt sidan", ENHET, "hsf-forskola")).exchange()
			.expectStatus().isForbidden();
		assertThat(count("select count(*) from post")).isZero();
	}

	@Test
	void employeesHrAndOutsidersMayNotPost() {
		for (String key : List.of("employee", "colleague", "outsider", "hr")) {
			post(key, "/api/v1/posts", body("Får inte", ENHET)).exchange().expectStatus().isForbidden();
		}
		assertThat(count("select count(*) from post")).isZero();
	}

	@Test
	void communicatorsAndAdminsMayPostToTheWholeOrganisation() {
		post("communicator", "/api/v1/posts", body("Till alla", "stad")).exchange()
			.expectStatus().isCreated()
			// everyone active but the author: eight in the demo slice and the HR specialist
			.expectBody().jsonPath("$.audienceSize").isEqualTo(9);
		post("admin", "/api/v1/posts", body("Driftinfo", "hsf-forskola", "hsf-adm")).exchange()
			.expectStatus().isCreated();
	}

	@Test
	void unknownUnitsAreNamedAndNothingIsCreated() {
		UUID unknown = UUID.randomUUID();
		var body = body("Till ingen", ENHET);
		body.put("targets", List.of(Map.of("unitId", this.organisation.unit(ENHET), "includeSubunits", true),
				Map.of("unitId", unknown, "includeSubunits", false)));
		post("communicator", "/api/v1/posts", body).exchange()
			.expectStatus().isEqualTo(422)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:unknown-units")
			.jsonPath("$.unitIds[0]").isEqualTo(unknown.toString());
		assertNothingWritten();
	}

	@Test
	void anExpiryBeforeThePublicationIsRejected() {
		var body = body("Baklänges", ENHET);
		body.put("publishAt", iso(this.clock.instant().plus(Duration.ofDays(2))));
		body.put("expiresAt", iso(this.clock.instant().plus(Duration.ofDays(1))));
		post("enhet-manager", "/api/v1/posts", body).exchange()
			.expectStatus().isEqualTo(422)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-request")
			.jsonPath("$.errors[0].field").isEqualTo("expiresAt");
		assertNothingWritten();
	}

	@Test
	void oversizeTitleOrBodyMissingTargetsAndADeadlineBeforePublicationAreRejected() {
		var body = body("x".repeat(201), ENHET);
		body.put("body", "y".repeat(20_001));
		body.put("targets", List.of());
		body.put("acknowledgement", Map.of("required", true, "deadline", iso(this.clock.instant().minusSeconds(60))));
		post("enhet-manager", "/api/v1/posts", body).exchange()
			.expectStatus().isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[*].field").value((fields) -> assertThat((List<Object>) fields)
				.containsExactlyInAnyOrder("title", "body", "targets", "acknowledgement.deadline"));
		assertNothingWritten();
	}

	@Test
	void aDeadlineWithoutAcknowledgementAndAnUnknownLanguageAreRejected() {
		var body = body("Konstig", ENHET);
		body.put("language", "de");
		body.put("acknowledgement", Map.of("required", false, "deadline", iso(this.clock.instant().plusSeconds(60))));
		post("enhet-manager", "/api/v1/posts", body).exchange()
			.expectStatus().isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[*].field").value((fields) -> assertThat((List<Object>) fields)
				.containsExactlyInAnyOrder("language", "acknowledgement.deadline"));
		assertNothingWritten();
	}

	@Test
	void unreadableJsonAndAnUnknownPriorityAreBadRequests() {
		this.client.post().uri("/api/v1/posts")
			.headers((headers) -> headers.setBearerAuth(token("enhet-manager")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"title\":")
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-request");
		var body = body("Prioritet", ENHET);
		body.put("priority", "URGENT");
		post("enhet-manager", "/api/v1/posts", body).exchange().expectStatus().isBadRequest();
		assertNothingWritten();
	}

	@Test
	void theHtmlIsSanitisedWhenPosted() {
		var body = body("Farligt", ENHET);
		body.put("body", "Hej <img src=x onerror=alert(1)> [a](javascript:alert(1)) <script>alert(2)</script>");
		UUID post = publish("enhet-manager", body);
		get("employee", "/api/v1/posts/" + post).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.html").value((html) -> assertThat((String) html).contains("Hej")
				.doesNotContain("onerror", "javascript:", "<script"));
	}

	@Test
	void theTargetsAreTheUnitsTheViewerMayPostTo() {
		get("enhet-manager", "/api/v1/posts/targets").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items[*].name").isEqualTo(List.of("Hemtjänst Syd", "Arbetsgrupp A"))
			.jsonPath("$.items[0].kind").isEqualTo("UNIT")
			.jsonPath("$.items[0].depth").isEqualTo(3);
		get("employee", "/api/v1/posts/targets").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.items").isEmpty();
		get("communicator", "/api/v1/posts/targets").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items.length()").isEqualTo(8)
			.jsonPath("$.items[0].name").isEqualTo("Stockholms stad")
			.jsonPath("$.items[0].depth").isEqualTo(0);
	}

	@Test
	void everyNewsRouteNeedsASignedInPerson() {
		UUID post = publish("enhet-manager", "Hemligt", ENHET);
		this.client.post().uri("/api/v1/posts").contentType(MediaType.APPLICATION_JSON).bodyValue(body("x", ENHET))
			.exchange().expectStatus().isUnauthorized();
		for (String uri : List.of("/api/v1/feed", "/api/v1/posts/targets", "/api/v1/posts/" + post,
				"/api/v1/posts/" + post + "/revisions")) {
			this.client.get().uri(uri).exchange().expectStatus().isUnauthorized();
		}
		this.client.put().uri("/api/v1/posts/" + post).header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON).bodyValue(body("x", ENHET))
			.exchange().expectStatus().isUnauthorized();
		this.client.post().uri("/api/v1/posts/" + post + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("reason", "x")).exchange().expectStatus().isUnauthorized();
	}

	private void assertNothingWritten() {
		for (String table : List.of("post", "post_target", "post_audience", "post_revision", "post_read")) {
			assertThat(count("select count(*) from " + table)).as(table).isZero();
		}
	}
}
