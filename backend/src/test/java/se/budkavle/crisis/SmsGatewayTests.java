package se.budkavle.crisis;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMS adapter against a local stand-in of a 46elks-shaped gateway: the form and basic auth it posts, a refusal
 * reported as not sent, and a gateway that does not answer given up after the timeout.
 */
class SmsGatewayTests {

	private MockWebServer gateway;

	@BeforeEach
	void start() throws Exception {
		this.gateway = new MockWebServer();
		this.gateway.start();
	}

	@AfterEach
	void stop() {
		this.gateway.close();
	}

	private SmsGateway adapter(Duration timeout) {
		URI url = URI.create(this.gateway.url("/a1/sms").toString());
		return new SmsGateway(WebClient.create(), new CrisisProperties.Sms(url, "u123", "secret", "Stadens kris", timeout, 8,
				500, 6, Duration.ofSeconds(30), Duration.ofSeconds(2)));
	}

	@Test
	void postsTheFormWithBasicAuthAsTheGatewayExpects() throws Exception {
		this.gateway.enqueue(new MockResponse.Builder().code(200).body("{\"status\":\"created\"}").build());
		StepVerifier.create(adapter(Duration.ofSeconds(10)).send("+46701234567", "ÖVNING: Strömavbrott – gå till entrén"))
			.verifyComplete();
		RecordedRequest request = this.gateway.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getUrl().encodedPath()).isEqualTo("/a1/sms");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo(
				"Basic " + Base64.getEncoder().encodeToString("u123:secret".getBytes(StandardCharsets.UTF_8)));
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
		assertThat(URLDecoder.decode(request.getBody().utf8(), StandardCharsets.UTF_8))
			.isEqualTo("from=Stadens kris&to=+46701234567&message=ÖVNING: Strömavbrott – gå till entrén");
	}

	@Test
	void aRefusalIsReportedAsNotSentWithoutTheWholeNumber() {
		this.gateway.enqueue(new MockResponse.Builder().code(403).body("Not enough credits").build());
		StepVerifier.create(adapter(Duration.ofSeconds(10)).send("+46701234567", "Test"))
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(SmsGateway.SmsNotSent.class)
				.hasMessageContaining("403")
				.hasMessageNotContaining("46701234567"))
			.verify();
	}

	@Test
	void aGatewayThatDoesNotAnswerIsGivenUpAfterTheTimeout() {
		this.gateway.enqueue(new MockResponse.Builder().code(200).headersDelay(30, java.util.concurrent.TimeUnit.SECONDS)
			.build());
		StepVerifier.create(adapter(Duration.ofMillis(300)).send("+46701234567", "Test"))
			.expectError(java.util.concurrent.TimeoutException.class)
			.verify(Duration.ofSeconds(20));
	}
}
