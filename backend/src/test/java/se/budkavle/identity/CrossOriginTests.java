package se.budkavle.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "budkavle.identity.allowed-origins=https://intranat.example.se")
@AutoConfigureWebTestClient
class CrossOriginTests {

	@Autowired
	WebTestClient client;

	@Test
	void anIntranetPageOnAnAllowedOriginMayCallTheApiWithABearerToken() {
		preflight("https://intranat.example.se").expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://intranat.example.se")
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, (headers) -> headers.toLowerCase().contains("authorization"));
	}

	@Test
	void anIntranetPageMayReadTheHeadersWidgetsNeed() {
		this.client.get()
			.uri("/api/v1/me")
			.header(HttpHeaders.ORIGIN, "https://intranat.example.se")
			.exchange()
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
					(headers) -> org.assertj.core.api.Assertions.assertThat(headers.split(",\\s*"))
						.contains("ETag", "Location", "Retry-After", "Content-Disposition"));
	}

	@Test
	void anAnonymousAskerOnAnIntranetPageMaySendTheFollowUpKey() {
		this.client.options()
			.uri("/api/v1/questions/follow-up")
			.header(HttpHeaders.ORIGIN, "https://intranat.example.se")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,x-follow-up-key")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
					(headers) -> org.assertj.core.api.Assertions.assertThat(headers.toLowerCase())
						.contains("x-follow-up-key"));
	}

	@Test
	void aPageOnAnyOtherOriginIsRefused() {
		preflight("https://evil.example.com").expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	private WebTestClient.ResponseSpec preflight(String origin) {
		return this.client.options()
			.uri("/api/v1/me")
			.header(HttpHeaders.ORIGIN, origin)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization")
			.exchange();
	}
}
