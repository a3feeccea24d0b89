package se.budkavle.acknowledgement;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.Role;

class ReorganisationTests extends HubTestSupport {

	UUID post;

	@BeforeEach
	void aPostToAldreomsorgPartlyAcknowledged() {
		this.post = AckPosts.publish(as("communicator", Role.COMMUNICATOR), unit("hsf-aldre"),
				START.plus(Duration.ofDays(3)));
		for (String key : List.of("employee", "nord-worker")) {
			as(key).put().uri("/api/v1/posts/{id}/acknowledgement", this.post).exchange().expectStatus().isOk();
		}
	}

	@Test
	void countsAndPendingStayAsAtPublicationWhenPeopleMoveAfterwards() {
		expectProgressAsPublished();

		// Sofia moves to the preschool, Ahmed to Hemtjänst Nord, Nadia to Administration, the deputy leaves.
		this.imports.applyFile(directory().without("person:demo-colleague")
			.without("person:demo-employee")
			.without("person:demo-nord-worker")
			.without("manager:hsf-aldre-hemtjanst-syd/demo-deputy")
			.without("person:demo-deputy")
			.person("demo-colleague", "Sofia Nilsson", "Förskollärare", "hsf-forskola-solrosen")
			.person("demo-employee", "Ahmed Hassan", "Undersköterska", "hsf-aldre-hemtjanst-nord")
			.person("demo-nord-worker", "Nadia Nord", "Handläggare", "hsf-adm")
			.toString(), "test", null).block();

		expectProgressAsPublished();
	}

	private void expectProgressAsPublished() {
		as("communicator", Role.COMMUNICATOR, Role.HR).get()
			.uri("/api/v1/posts/{id}/acknowledgements?unitId={unit}", this.post, unit("hsf-aldre"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.audience").isEqualTo(7)
			.jsonPath("$.acknowledged").isEqualTo(2)
			.jsonPath("$.byUnit[*].name").isEqualTo(List.of("Hemtjänst Nord", "Hemtjänst Syd"))
			.jsonPath("$.byUnit[*].audience").isEqualTo(List.of(2, 4))
			.jsonPath("$.byUnit[*].acknowledged").isEqualTo(List.of(1, 1))
			.jsonPath("$.pending[*].displayName")
			.isEqualTo(List.of("Anders Berg", "Erik Deputy", "Maria Holm", "Nils Norrman", "Sofia Nilsson"))
			.jsonPath("$.pending[*].unitName")
			.isEqualTo(List.of("Äldreomsorg", "Hemtjänst Syd", "Hemtjänst Syd", "Hemtjänst Nord", "Hemtjänst Syd"));
		as("nord-manager").get()
			.uri("/api/v1/posts/{id}/acknowledgements", this.post)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.audience").isEqualTo(2)
			.jsonPath("$.acknowledged").isEqualTo(1)
			.jsonPath("$.pending[*].displayName").isEqualTo(List.of("Nils Norrman"));
	}

	@Test
	void aManagerSeesOnlyTheirOwnSubtree() {
		as("enhet-manager").get()
			.uri("/api/v1/posts/{id}/acknowledgements", this.post)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.audience").isEqualTo(4)
			.jsonPath("$.byUnit[*].name").isEqualTo(List.of("Hemtjänst Syd"))
			.jsonPath("$.pending[*].displayName").isEqualTo(List.of("Erik Deputy", "Maria Holm", "Sofia Nilsson"));
		as("enhet-manager").get()
			.uri("/api/v1/posts/{id}/acknowledgements?unitId={unit}", this.post, unit("hsf-aldre-hemtjanst-nord"))
			.exchange()
			.expectStatus()
			.isForbidden();
		as("avdelning-manager").get()
			.uri("/api/v1/posts/{id}/acknowledgements", this.post)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.audience").isEqualTo(7)
			.jsonPath("$.byUnit[*].name").isEqualTo(List.of("Äldreomsorg"));
	}
}
