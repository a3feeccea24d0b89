package se.budkavle.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.budkavle.identity.Role;
import se.budkavle.news.ScopedRolesSupport;

/**
 * A communicator scoped to a förvaltning moderates the threads of posts inside it, and sees only their reports in the
 * moderation queue; one of the whole organisation moderates every thread.
 */
class ScopedRoleModerationTests extends ScopedRolesSupport {

	private UUID localComment;

	private UUID cityWideComment;

	@BeforeEach
	void aReportedCommentOnALocalAndOnACityWidePost() {
		grant("central", Role.COMMUNICATOR, null);
		UUID local = publish("enhet-manager", "Nytt schema", false, "hsf-aldre-hemtjanst-syd");
		UUID cityWide = publish("central", "Ny lönerevision", false, "stad");
		this.localComment = comment(local);
		this.cityWideComment = comment(cityWide);
		for (UUID comment : List.of(this.localComment, this.cityWideComment)) {
			as("colleague").post().uri("/api/v1/comments/{id}/reports", comment)
				.bodyValue(Map.of("reason", "Olämpligt"))
				.exchange()
				.expectStatus()
				.is2xxSuccessful();
		}
	}

	@Test
	void aScopedCommunicatorHidesACommentOnAPostInsideHerScopeButNotOnACityWidePost() {
		grant("communicator", Role.COMMUNICATOR, "hsf");
		hide("communicator", this.cityWideComment).expectStatus().isForbidden();
		hide("communicator", this.localComment).expectStatus().isOk();
	}

	@Test
	void aCommunicatorOfTheWholeOrganisationHidesACommentOnACityWidePost() {
		hide("central", this.cityWideComment).expectStatus().isOk();
	}

	@Test
	void theModerationQueueOfAScopedCommunicatorHoldsOnlyTheReportsInsideHerScope() {
		grant("communicator", Role.COMMUNICATOR, "hsf");
		assertThat(queue("communicator")).containsExactly(this.localComment.toString());
		assertThat(queue("central")).containsExactlyInAnyOrder(this.localComment.toString(),
				this.cityWideComment.toString());
		assertThat(queue("hr")).isEmpty();
	}

	private UUID comment(UUID post) {
		Map<?, ?> created = as("employee").post()
			.uri("/api/v1/posts/{id}/comments", post)
			.bodyValue(Map.of("body", "Varför då?"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString((String) created.get("id"));
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec hide(String key, UUID comment) {
		return as(key).post().uri("/api/v1/comments/{id}/moderation", comment)
			.bodyValue(Map.of("action", "HIDE", "reason", "Olämpligt"))
			.exchange();
	}

	private List<String> queue(String key) {
		Map<?, ?> page = as(key).get().uri("/api/v1/moderation/queue").exchange().expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		return ((List<?>) page.get("items")).stream().map((item) -> (String) ((Map<?, ?>) item).get("id")).toList();
	}
}
