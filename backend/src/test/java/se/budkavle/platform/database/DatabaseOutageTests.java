package se.budkavle.platform.database;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.org.Organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A database outage as operations see it: readiness goes DOWN and comes back UP, liveness stays UP, and requests get
 * a 503 problem with {@code Retry-After}, logged in one line each (rate-limited), never a 500 with a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTests {

	static final RestartableDatabase postgres = RestartableDatabase.started();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		postgres.register(registry);
	}

	@AfterAll
	static void removeDatabase() throws IOException {
		postgres.close();
	}

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	@Autowired
	org.springframework.core.env.Environment environment;

	@AfterEach
	void databaseBack() throws IOException {
		postgres.ensureStarted();
	}

	@Test
	void readinessFollowsTheDatabaseWhileLivenessStaysUp() throws IOException {
		awaitStatus("/readyz", 200);
		postgres.stop();
		awaitStatus("/readyz", 503);
		assertThat(managementStatus("/actuator/health/readiness")).isEqualTo(503);
		assertStatus("/livez", 200);
		assertThat(managementStatus("/actuator/health/liveness")).isEqualTo(200);
		postgres.start();
		awaitStatus("/readyz", 200);
		assertThat(managementStatus("/actuator/health/readiness")).isEqualTo(200);
	}

	@Test
	void aSignedInRequestDuringAnOutageIsAnUnavailableProblemWithRetryAfterLoggedInOneLine(CapturedOutput output,
			@Autowired DatabaseClient database, @Autowired Organisation organisation, @Autowired DemoTokens tokens)
			throws IOException {
		String token = signedIn(database, organisation, tokens);
		postgres.stop();
		this.client.get()
			.uri("/api/v1/me")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals("Retry-After", "5")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:budkavle:problem:unavailable")
			.jsonPath("$.status")
			.isEqualTo(503);
		assertThat(together(30, token)).containsOnly(503);
		List<String> lines = output.getOut().lines().filter((line) -> line.contains("Database unavailable:")).toList();
		assertThat(lines).isNotEmpty().hasSizeLessThan(31);
		assertThat(lines.get(0)).contains("GET /api/v1/me answered 503");
		assertThat(output.getAll()).doesNotContain("Unexpected error while handling a request")
			.doesNotContain("ErrorWebExceptionHandler")
			.doesNotContain("\tat se.budkavle.identity");
	}

	/** Thirty requests at once: they fail within moments, so the log keeps only a line or two of them. */
	private List<Integer> together(int count, String token) {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/me"))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(60))
			.build();
		List<CompletableFuture<HttpResponse<Void>>> answers = IntStream.range(0, count)
			.mapToObj((i) -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
			.toList();
		return answers.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
	}

	static String signedIn(DatabaseClient database, Organisation organisation, DemoTokens tokens) {
		database.sql("""
				insert into person (external_id, display_name, email)
				values ('outage-person', 'Olle Avbrott', 'olle.avbrott@test.budkavle.se')
				on conflict (external_id) do nothing""").then().block();
		return tokens.issue(organisation.personByExternalId("outage-person").block(), Set.of()).accessToken();
	}

	private void awaitStatus(String path, int status) {
		await().atMost(Duration.ofSeconds(60)).until(() -> status(path) == status);
	}

	private void assertStatus(String path, int status) {
		assertThat(status(path)).as(path).isEqualTo(status);
	}

	private int managementStatus(String path) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.environment.getRequiredProperty("local.management.port"))
			.build()
			.get()
			.uri(path)
			.exchange()
			.returnResult(Void.class)
			.getStatus()
			.value();
	}

	private int status(String path) {
		return this.client.get().uri(path).exchange().returnResult(Void.class).getStatus().value();
	}
}
