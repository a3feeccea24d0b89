package se.budkavle.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.platform.UiProperties;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "budkavle.ui.product-name=Insidan",
				"budkavle.identity.allowed-origins=https://intranat.example.se" })
@AutoConfigureWebTestClient
class UiTests {

	@Autowired
	WebTestClient client;

	@Test
	void widgetsLearnTheIntranetsNameWithoutSigningInSoEvenASignInErrorCanNameIt() {
		this.client.get()
			.uri("/api/v1/ui")
			.header(HttpHeaders.ORIGIN, "https://intranat.example.se")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://intranat.example.se")
			.expectBody()
			.jsonPath("$.productName")
			.isEqualTo("Insidan");
	}

	@Test
	void withoutAConfiguredNameMessagesSayBudkavleAndABlankNameDoesTheSame() {
		assertThat(new UiProperties(null).productName()).isEqualTo("Budkavle");
		assertThat(new UiProperties("  ").productName()).isEqualTo("Budkavle");
		assertThat(new UiProperties(" Insidan ").productName()).isEqualTo("Insidan");
	}
}
