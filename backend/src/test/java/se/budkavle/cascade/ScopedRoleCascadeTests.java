package se.budkavle.cascade;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.Role;
import se.budkavle.news.ScopedRolesSupport;

/** A communicator whose role is scoped to Stadsledningskontoret (role@unit) sends cascades there and nowhere else. */
class ScopedRoleCascadeTests extends ScopedRolesSupport {

	@Test
	void aScopedCommunicatorSendsInsideTheirSubtreeOnly() {
		grant("central", Role.COMMUNICATOR, "ksf");
		send("ksf").expectStatus().isCreated();
		// she tracks what she sent from its top; a unit outside it is not hers to track
		String id = send("ksf").expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
			.get("id").toString();
		as("central").get().uri("/api/v1/cascades/" + id + "/tracker").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.root.name").isEqualTo("Stadsledningskontoret");
		as("central").get().uri("/api/v1/cascades/" + id + "/tracker?unitId=" + unit("stad")).exchange()
			.expectStatus().isForbidden();
		send("stad").expectStatus().isForbidden().expectBody().jsonPath("$.type")
			.isEqualTo("urn:budkavle:problem:cascade-not-allowed");
	}

	private WebTestClient.ResponseSpec send(String unit) {
		return as("central").post().uri("/api/v1/cascades").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", "Ny policy", "message", "Läs den.", "levelDeadline", 2, "targets",
					List.of(Map.of("unitId", unit(unit)))))
			.exchange();
	}
}
