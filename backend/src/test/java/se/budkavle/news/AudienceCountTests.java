package se.budkavle.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audience count before publishing ({@code POST /api/v1/posts/audience-count}): the people a post would reach,
 * its author left out, for whoever may post to the units, and a problem for anything else.
 */
@SuppressWarnings("unchecked")
class AudienceCountTests extends NewsApiSupport {

	private static final String COUNT = "/api/v1/posts/audience-count";

	@Test
	void theCountBeforePublishingIsTheAudienceThePostThenReaches() {
		assertCountThenPublished("enhet-manager", 3, List.of(target(ENHET, true)));
		assertCountThenPublished("enhet-manager", 2, List.of(target(ENHET, false)));
		assertCountThenPublished("avdelning-manager", 4, List.of(target("hsf-aldre", true), target(ENHET, true)));
		assertCountThenPublished("avdelning-manager", 1, List.of(target("hsf-aldre-hemtjanst-syd-a", false)));
		assertCountThenPublished("communicator", 9, List.of(target("stad", true)));
		assertCountThenPublished("communicator", 0, List.of(target("stad", false)));
	}

	@Test
	void theAuthorIsNotCountedInTheirOwnAudience() {
		assertThat(count("select count(*) from membership m join unit u on u.id = m.unit_id "
				+ "where u.external_id in ('" + ENHET + "', 'hsf-aldre-hemtjanst-syd-a')"))
			.as("Hemtjänst Syd and its team have four members").isEqualTo(4);
		List<Map<String, Object>> hemtjanstSyd = List.of(target(ENHET, true));
		assertThat(people("enhet-manager", hemtjanstSyd)).as("Maria Holm, member of Hemtjänst Syd").isEqualTo(3);
		assertThat(people("deputy", hemtjanstSyd)).as("Erik Deputy, member of Hemtjänst Syd").isEqualTo(3);
		assertThat(people("avdelning-manager", hemtjanstSyd)).as("Anders Berg, not a member").isEqualTo(4);
	}

	@Test
	void onlySomeoneWhoMayPostToEveryUnitNamedMayCountIt() {
		request("enhet-manager", List.of(target("hsf-aldre", true))).exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:forbidden");
		request("avdelning-manager", List.of(target(ENHET, true), target("hsf-forskola", true))).exchange()
			.expectStatus().isForbidden();
		for (String key : List.of("employee", "outsider", "hr")) {
			request(key, List.of(target(ENHET, true))).exchange().expectStatus().isForbidden();
		}
		this.client.post().uri(COUNT).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("targets", List.of(target(ENHET, true)))).exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void unknownUnitsAreNamedInAProblem() {
		UUID unknown = UUID.randomUUID();
		request("communicator", List.of(target(ENHET, true), Map.of("unitId", unknown, "includeSubunits", false)))
			.exchange()
			.expectStatus().isEqualTo(422)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:unknown-units")
			.jsonPath("$.unitIds").isEqualTo(List.of(unknown.toString()));
		this.database.sql("update unit set active = false where external_id = 'hsf-forskola-solrosen'").then().block();
		request("communicator", List.of(target("hsf-forskola-solrosen", true))).exchange()
			.expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:unknown-units");
	}

	@Test
	void noTargetsATargetWithoutAUnitOrAUnitTwiceAreInvalidAndUnreadableJsonIsABadRequest() {
		Map<String, Object> withoutUnit = new java.util.HashMap<>();
		withoutUnit.put("includeSubunits", true);
		for (List<Object> targets : List.of(List.<Object>of(), List.<Object>of(withoutUnit),
				List.<Object>of(target(ENHET, true), target(ENHET, false)))) {
			request("enhet-manager", targets).exchange()
				.expectStatus().isEqualTo(422)
				.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-request")
				.jsonPath("$.errors[0].field").isEqualTo("targets");
		}
		post("enhet-manager", COUNT, Map.of()).exchange()
			.expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("targets");
		this.client.post().uri(COUNT)
			.headers((headers) -> headers.setBearerAuth(token("enhet-manager")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"targets\":[{\"unitId\":\"nope\"}]}")
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(count("select count(*) from post")).as("counting writes nothing").isZero();
	}

	private void assertCountThenPublished(String author, int expected, List<Map<String, Object>> targets) {
		assertThat(people(author, targets)).as("%s counts %s", author, targets).isEqualTo(expected);
		var body = body("Räknad", ENHET);
		body.put("targets", targets);
		Map<String, Object> created = post(author, "/api/v1/posts", body).exchange()
			.expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody();
		assertThat(created.get("audienceSize")).as("then publishes to %s", targets).isEqualTo(expected);
	}

	private long people(String key, List<Map<String, Object>> targets) {
		Map<String, Object> answer = request(key, targets).exchange()
			.expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		assertThat(answer).containsOnlyKeys("people");
		return ((Number) answer.get("people")).longValue();
	}

	private org.springframework.test.web.reactive.server.WebTestClient.RequestHeadersSpec<?> request(String key,
			List<?> targets) {
		return post(key, COUNT, Map.of("targets", new ArrayList<>(targets)));
	}

	private Map<String, Object> target(String unitKey, boolean includeSubunits) {
		return Map.of("unitId", this.organisation.unit(unitKey), "includeSubunits", includeSubunits);
	}
}
