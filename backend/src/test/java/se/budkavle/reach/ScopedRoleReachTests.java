package se.budkavle.reach;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.budkavle.identity.Role;
import se.budkavle.news.ScopedRolesSupport;

/**
 * HR and communicators scoped to a förvaltning see reach figures for its units only and start at its top; those of
 * the whole organisation see every unit and start at the top of the organisation.
 */
class ScopedRoleReachTests extends ScopedRolesSupport {

	@Test
	void hrScopedToAForvaltningSeesItsUnitsButNotAnotherForvaltningNorTheCity() {
		grant("hr", Role.HR, "hsf");
		unitReport("hr", "hsf-aldre").expectStatus().isOk();
		unitReport("hr", "hsf").expectStatus().isOk();
		unitReport("hr", "ksf").expectStatus().isForbidden();
		unitReport("hr", "stad").expectStatus().isForbidden();
		as("hr").get().uri("/api/v1/reach/units/{id}/themes", unit("ksf")).exchange().expectStatus().isForbidden();
	}

	@Test
	void hrOfTheWholeOrganisationSeesEveryUnit() {
		grant("hr", Role.HR, null);
		unitReport("hr", "ksf").expectStatus().isOk();
		unitReport("hr", "stad").expectStatus().isOk();
	}

	@Test
	void aScopedCommunicatorStartsAPostsReachAtTheTopOfHerScopeAndAGlobalOneAtTheTopOfTheOrganisation() {
		grant("central", Role.COMMUNICATOR, null);
		grant("communicator", Role.COMMUNICATOR, "hsf");
		UUID cityWide = publish("central", "Ny lönerevision", false, "stad");
		as("communicator").get().uri("/api/v1/reach/posts/{id}", cityWide).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.unit.name").isEqualTo("Hägersten-Älvsjö stadsdelsförvaltning");
		as("central").get().uri("/api/v1/reach/posts/{id}", cityWide).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.unit.name").isEqualTo("Stockholms stad");
		as("communicator").get().uri("/api/v1/reach/posts/{id}?unitId={unit}", cityWide, unit("ksf")).exchange()
			.expectStatus().isForbidden();
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec unitReport(String key,
			String unitKey) {
		return as(key).get().uri("/api/v1/reach/units/{id}", unit(unitKey)).exchange();
	}
}
