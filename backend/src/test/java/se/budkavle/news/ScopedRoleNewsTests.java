package se.budkavle.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.budkavle.identity.Role;

/**
 * Communicators and admins scoped to a förvaltning post, edit and withdraw within it only, while those of the whole
 * organisation reach every unit; HR and communicators see no post outside their scope that they are not in the
 * audience of.
 */
class ScopedRoleNewsTests extends ScopedRolesSupport {

	@Test
	void aCommunicatorScopedToAForvaltningPostsToItsUnitsButNotToTheCityOrAnotherForvaltning() {
		grant("communicator", Role.COMMUNICATOR, "hsf");
		create("communicator", "hsf-aldre").expectStatus().isCreated();
		create("communicator", "hsf").expectStatus().isCreated();
		create("communicator", "stad").expectStatus().isForbidden();
		create("communicator", "ksf").expectStatus().isForbidden();
		create("communicator", "hsf", "ksf").expectStatus().isForbidden();
	}

	@Test
	void aCommunicatorOfTheWholeOrganisationPostsToTheCityAndEveryForvaltning() {
		grant("central", Role.COMMUNICATOR, null);
		create("central", "stad").expectStatus().isCreated();
		create("central", "ksf", "hsf-aldre").expectStatus().isCreated();
	}

	@Test
	void anAdminScopedToADepartmentPostsThereOnly() {
		grant("admin", Role.ADMIN, "hsf-aldre");
		create("admin", "hsf-aldre-hemtjanst-syd").expectStatus().isCreated();
		create("admin", "hsf-forskola").expectStatus().isForbidden();
	}

	@Test
	void theUnitsAScopedCommunicatorMayPostToAreHerForvaltningsSubtreeAndTheGlobalOnesEveryUnit() {
		grant("communicator", Role.COMMUNICATOR, "hsf");
		grant("central", Role.COMMUNICATOR, null);
		assertThat(targets("communicator")).containsExactlyInAnyOrder("Hägersten-Älvsjö stadsdelsförvaltning",
				"Administration", "Förskola", "Förskolan Solrosen", "Äldreomsorg", "Hemtjänst Syd", "Arbetsgrupp A");
		assertThat(targets("central")).contains("Stockholms stad", "Stadsledningskontoret",
				"Hägersten-Älvsjö stadsdelsförvaltning", "Arbetsgrupp A");
		assertThat(targets("hr")).isEmpty();
	}

	@Test
	void aScopedCommunicatorMayEditAndWithdrawAPostInsideHerScopeButNotACityWidePost() {
		grant("communicator", Role.COMMUNICATOR, "hsf");
		grant("central", Role.COMMUNICATOR, null);
		UUID local = publish("enhet-manager", "Nytt schema", false, "hsf-aldre-hemtjanst-syd");
		UUID cityWide = publish("central", "Ny lönerevision", false, "stad");

		permissions("communicator", local).containsEntry("edit", true).containsEntry("withdraw", true)
			.containsEntry("moderate", true);
		permissions("communicator", cityWide).containsEntry("edit", false).containsEntry("withdraw", false)
			.containsEntry("moderate", false);
		withdraw("communicator", cityWide).expectStatus().isForbidden();
		withdraw("communicator", local).expectStatus().isOk();
		permissions("central", cityWide).containsEntry("edit", true).containsEntry("withdraw", true);
	}

	@Test
	void aScopedRoleOpensNoPostOfAnotherForvaltningButAGlobalOneDoes() {
		grant("communicator", Role.COMMUNICATOR, "hsf");
		grant("hr", Role.HR, "hsf");
		grant("central", Role.COMMUNICATOR, null);
		UUID elsewhere = publish("central", "Bara för stadsledningskontoret", false, "ksf");
		as("communicator").get().uri("/api/v1/posts/" + elsewhere).exchange().expectStatus().isNotFound();
		as("hr").get().uri("/api/v1/posts/" + elsewhere).exchange().expectStatus().isNotFound();
		grant("hr", Role.HR, null);
		as("hr").get().uri("/api/v1/posts/" + elsewhere).exchange().expectStatus().isOk();
	}

	@Test
	void hrScopedToPartOfACityWidePostFollowsItsAcknowledgementsButMayNotEditIt() {
		grant("central", Role.COMMUNICATOR, null);
		grant("hr", Role.HR, "hsf-aldre");
		UUID cityWide = publish("central", "Kvittera skyddsronden", true, "stad");
		permissions("hr", cityWide).containsEntry("viewAcknowledgements", true).containsEntry("edit", false)
			.containsEntry("viewRevisions", false);
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec create(String key,
			String... unitKeys) {
		UUID[] units = java.util.Arrays.stream(unitKeys).map(this::unit).toArray(UUID[]::new);
		return as(key).post().uri("/api/v1/posts").bodyValue(post("Till " + String.join(", ", unitKeys), false, units))
			.exchange();
	}

	private List<String> targets(String key) {
		Map<?, ?> page = as(key).get().uri("/api/v1/posts/targets").exchange().expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		return ((List<?>) page.get("items")).stream().map((item) -> (String) ((Map<?, ?>) item).get("name")).toList();
	}

	@SuppressWarnings("unchecked")
	private org.assertj.core.api.MapAssert<String, Object> permissions(String key, UUID post) {
		Map<String, Object> view = as(key).get().uri("/api/v1/posts/" + post).exchange().expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		return assertThat((Map<String, Object>) view.get("permissions"));
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec withdraw(String key, UUID post) {
		return as(key).post().uri("/api/v1/posts/" + post + "/withdrawal").bodyValue(Map.of("reason", "Fel"))
			.exchange();
	}
}
