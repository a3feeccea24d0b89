package se.budkavle.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.budkavle.identity.Role;
import se.budkavle.news.ScopedRolesSupport;

/**
 * HR scoped to a förvaltning handles the questions handed to HR from its units and sees the answer-time figures of
 * its units only; HR of the whole organisation handles and sees all.
 */
class ScopedRoleQuestionTests extends ScopedRolesSupport {

	@Test
	void aQuestionHandedToHrReachesHrOfItsForvaltningAndOfTheWholeOrganisationButNotHrOfAnother() {
		Map<?, ?> asked = as("employee").post().uri("/api/v1/questions")
			.bodyValue(Map.of("subject", "Semester", "body", "När ska ansökan vara inne?", "unitId",
					unit("hsf-aldre-hemtjanst-syd")))
			.exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
		as("enhet-manager").post().uri("/api/v1/questions/{id}/forwards", asked.get("id"))
			.bodyValue(Map.of("to", "HR", "note", "HR vet bäst."))
			.exchange().expectStatus().isOk();

		grant("hr", Role.HR, "ksf");
		assertThat(inbox("hr")).isEmpty();
		grant("hr", Role.HR, "hsf");
		assertThat(inbox("hr")).containsExactly("Semester");
		grant("central", Role.HR, null);
		assertThat(inbox("central")).containsExactly("Semester");
	}

	@Test
	void scopedHrSeesTheAnswerTimesOfUnitsInsideTheirScopeOnly() {
		grant("hr", Role.HR, "hsf");
		stats("hr", "hsf-aldre").expectStatus().isOk();
		stats("hr", "ksf").expectStatus().isForbidden();
		grant("central", Role.HR, null);
		stats("central", "ksf").expectStatus().isOk();
	}

	private List<String> inbox(String key) {
		Map<?, ?> page = as(key).get().uri("/api/v1/questions?box=inbox").exchange().expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		return ((List<?>) page.get("items")).stream().map((item) -> (String) ((Map<?, ?>) item).get("subject")).toList();
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec stats(String key, String unitKey) {
		return as(key).get().uri("/api/v1/questions/stats?unitId={id}", unit(unitKey)).exchange();
	}
}
