package se.budkavle.demo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.test.StepVerifier;

import se.budkavle.org.Organisation;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "budkavle.identity.issuer-uri=http://127.0.0.1:9/realms/budkavle", "budkavle.demo.seed=true",
				"budkavle.public-pages.accessibility-contact=digitala.tjanster@example.se",
				"budkavle.public-pages.records-contact=registrator@example.se",
				"budkavle.public-pages.organisation=Exempelstadens förvaltning" })
@AutoConfigureWebTestClient
class DemoModeOffTests {

	@Autowired
	WebTestClient client;

	@Autowired
	Organisation organisation;

	@Test
	void leavesTheOrganisationEmptyOutsideDemoMode() {
		StepVerifier.create(this.organisation.isEmpty()).expectNext(true).verifyComplete();
	}

	@Test
	void hasNoPersonasOutsideDemoMode() {
		this.client.get().uri("/demo/personas").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void issuesNoTokensOutsideDemoMode() {
		this.client.post().uri("/demo/token").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("personId", UUID.randomUUID()))
			.exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void hasNoDemoPageOutsideDemoMode() {
		this.client.get().uri("/").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get().uri("/demo/assets/insidan.js").exchange().expectStatus().isNotFound();
	}

	@Test
	void stillServesTheAccessibilityStatementWithTheConfiguredContact() {
		this.client.get().uri("/accessibility").exchange()
			.expectStatus().isOk()
			.expectBody(String.class)
			.value((page) -> assertThat(page)
				.contains("mailto:digitala.tjanster@example.se", "Exempelstadens förvaltning"));
	}

	@Test
	void servesTheNoticeOnOfficialRecordsAndPersonalDataWithTheConfiguredRegistry() {
		this.client.get().uri("/privacy").exchange()
			.expectStatus().isOk()
			.expectHeader().value("Content-Security-Policy", (csp) -> assertThat(csp).contains("default-src 'none'"))
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("<h1>Allmänna handlingar och personuppgifter</h1>",
					"mailto:registrator@example.se", "Exempelstadens förvaltning", "Anonyma frågor", "registerutdrag"));
	}
}
