package se.budkavle.delivery;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

class OldLinksTests extends HubTestSupport {

	@Test
	void aPostLinkSentBeforeTheTemplatesRedirectsToThePostTemplateWithoutSigningIn() {
		UUID post = UUID.randomUUID();

		this.client.get().uri("/posts/{id}", post).exchange().expectStatus().isFound().expectHeader()
			.location(POST_LINK.replace("{id}", post.toString()));
	}

	@Test
	void aCrisisLinkSentBeforeTheTemplatesRedirectsToTheCrisisTemplate() {
		UUID crisis = UUID.randomUUID();

		this.client.get().uri("/crises/{id}", crisis).exchange().expectStatus().isFound().expectHeader()
			.location(CRISIS_LINK.replace("{id}", crisis.toString()));
	}

	@Test
	void anOldLinkWhoseLastPartIsNoIdIsNotFoundAsAProblem() {
		this.client.get().uri("/posts/not-a-post").exchange().expectStatus().isNotFound().expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:unknown-link");
	}
}
