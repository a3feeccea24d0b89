package se.budkavle.acknowledgement;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.budkavle.delivery.HubTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who has not acknowledged, by unit, searchable and paged, and reminders for one unit or one person. Maria Holm
 * (enhetschef) posts to Hemtjänst Syd: pending are Ahmed Hassan in Arbetsgrupp A, Erik Deputy and Sofia Nilsson in
 * Hemtjänst Syd.
 */
class PendingPeopleTests extends HubTestSupport {

	UUID post;

	@BeforeEach
	void aPostToHemtjanstSydAskingForAcknowledgement() {
		this.database.sql("update post set ack_required = false where ack_required").then().block();
		this.post = AckPosts.publish(as("enhet-manager"), unit("hsf-aldre-hemtjanst-syd"),
				START.plus(Duration.ofDays(3)));
	}

	@Test
	void pendingPeopleComeGroupedByUnitAPageAtATimeWithACursor() {
		Map<String, Object> first = pending("limit=2");
		assertThat(groups(first)).containsExactly(Map.entry("Arbetsgrupp A", List.of("Ahmed Hassan")),
				Map.entry("Hemtjänst Syd", List.of("Erik Deputy")));
		assertThat(first.get("next")).isNotNull();
		Map<String, Object> second = pending("limit=2&after=" + first.get("next"));
		assertThat(groups(second)).containsExactly(Map.entry("Hemtjänst Syd", List.of("Sofia Nilsson")));
		assertThat(second.get("next")).isNull();
	}

	@Test
	void pendingPeopleAreFoundByPartOfTheirNameOrTheirUnitsAndWildcardsAreLiteral() {
		assertThat(groups(pending("q=sofia"))).containsExactly(Map.entry("Hemtjänst Syd", List.of("Sofia Nilsson")));
		assertThat(groups(pending("q=grupp"))).containsExactly(Map.entry("Arbetsgrupp A", List.of("Ahmed Hassan")));
		assertThat(groups(pending("q=%25"))).isEmpty();
		as("employee").put().uri("/api/v1/posts/{id}/acknowledgement", this.post).exchange().expectStatus().isOk();
		assertThat(groups(pending("q=ahmed"))).as("acknowledged is no longer pending").isEmpty();
	}

	@Test
	void aPageOfMoreThanAHundredOrAForeignCursorIsABadRequestAndOnlyThoseWhoFollowTheProgressSeeTheList() {
		as("enhet-manager").get().uri("/api/v1/posts/{id}/acknowledgements/pending?limit=101", this.post).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-page-size");
		as("enhet-manager").get().uri("/api/v1/posts/{id}/acknowledgements/pending?after=bm9wZQ", this.post).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-cursor");
		as("employee").get().uri("/api/v1/posts/{id}/acknowledgements/pending", this.post).exchange()
			.expectStatus().isForbidden();
		this.client.get().uri("/api/v1/posts/{id}/acknowledgements/pending", this.post).exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void oneUnitOrOnePersonIsRemindedOnItsOwn() {
		as("enhet-manager").post()
			.uri("/api/v1/posts/{id}/reminders?unitId={unit}", this.post, unit("hsf-aldre-hemtjanst-syd-a"))
			.exchange()
			.expectStatus().isAccepted()
			.expectBody().jsonPath("$.reminded").isEqualTo(1);
		assertThat(reminded()).containsExactly(person("employee"));
		as("enhet-manager").post()
			.uri("/api/v1/posts/{id}/reminders?personId={person}", this.post, person("colleague"))
			.exchange()
			.expectStatus().isAccepted()
			.expectBody().jsonPath("$.reminded").isEqualTo(1);
		assertThat(reminded()).containsExactlyInAnyOrder(person("employee"), person("colleague"));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> pending(String query) {
		return as("enhet-manager").get()
			.uri("/api/v1/posts/" + this.post + "/acknowledgements/pending?" + query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<Map.Entry<String, List<String>>> groups(Map<String, Object> page) {
		return ((List<Map<String, Object>>) page.get("groups")).stream()
			.map((group) -> Map.entry((String) group.get("unitName"),
					((List<Map<String, Object>>) group.get("people")).stream()
						.map((person) -> (String) person.get("displayName"))
						.toList()))
			.toList();
	}

	private List<UUID> reminded() {
		return this.database.sql("""
				select recipient_id from notification where post_id = :post and kind = 'acknowledgement.reminder'""")
			.bind("post", this.post)
			.map((row) -> row.get(0, UUID.class))
			.all()
			.collectList()
			.block();
	}
}
