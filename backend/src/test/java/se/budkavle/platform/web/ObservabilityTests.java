package se.budkavle.platform.web;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.micrometer.context.ContextRegistry;

import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.org.Organisation;
import se.budkavle.org.Person;
import se.budkavle.org.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What operations see: Prometheus with the product metrics on the management port only, a request id on every answer
 * and problem, and an access log that names it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "budkavle.platform.access-log=true" })
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTests {

	@Autowired
	WebTestClient client;

	@Autowired
	Environment environment;

	String token;

	java.util.UUID person;

	Person observed;

	DemoTokens tokens;

	@BeforeEach
	void signIn(@Autowired DatabaseClient database, @Autowired Organisation organisation,
			@Autowired DemoTokens tokens) {
		database.sql("""
				insert into person (external_id, display_name, email)
				values ('observed-person', 'Olga Observerad', 'olga.observerad@test.budkavle.se')
				on conflict (external_id) do nothing""").then().block();
		this.observed = organisation.personByExternalId("observed-person").block();
		this.person = this.observed.id();
		this.tokens = tokens;
		this.token = tokens.issue(this.observed, Set.of()).accessToken();
	}

	@Test
	void prometheusAnswersOnTheManagementPortWithTheProductMetrics() {
		String metrics = management().get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(metrics).contains("budkavle_live_connections", "budkavle_live_subscriptions",
				"budkavle_live_events_total", "budkavle_live_fanout_latency_seconds", "budkavle_acknowledgements_total",
				"budkavle_reminders_total", "jvm_memory_used_bytes");
	}

	@Test
	void prometheusIsNotOnTheApiPortEvenWithAnEmployeesToken() {
		this.client.get()
			.uri("/actuator/prometheus")
			.headers((headers) -> headers.setBearerAuth(this.token))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void theProbesAnswerOnTheApiPortAndHealthOnTheManagementPort() {
		this.client.get().uri("/livez").exchange().expectStatus().isOk();
		this.client.get().uri("/readyz").exchange().expectStatus().isOk();
		management().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}

	@Test
	void aGivenRequestIdIsEchoedAndNamedInTheProblem() {
		this.client.get()
			.uri("/api/v1/no-such-thing")
			.headers((headers) -> headers.setBearerAuth(this.token))
			.header("X-Request-Id", "intranat-4711")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.valueEquals("X-Request-Id", "intranat-4711")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.requestId")
			.isEqualTo("intranat-4711")
			.jsonPath("$.status")
			.isEqualTo(404);
	}

	@Test
	void aTraceparentsTraceIdBecomesTheRequestId() {
		this.client.get()
			.uri("/api/v1/me")
			.header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("X-Request-Id", "4bf92f3577b34da6a3ce929d0e0e4736")
			.expectBody()
			.jsonPath("$.requestId")
			.isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
	}

	@Test
	void withoutOneTheHubMakesARequestIdAndRefusesUnusableOnes() {
		var answer = this.client.get()
			.uri("/api/v1/me")
			.header("X-Request-Id", "no spaces <or> markup")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.returnResult(String.class);
		String id = answer.getResponseHeaders().getFirst("X-Request-Id");
		assertThat(id).matches("[0-9a-f-]{36}");
		assertThat(answer.getResponseBody().blockFirst()).contains("\"requestId\":\"" + id + "\"");
	}

	@Test
	void theAccessLogNamesEachRequestWithItsId(CapturedOutput output) {
		this.client.get()
			.uri("/api/v1/me")
			.headers((headers) -> headers.setBearerAuth(this.token))
			.header("X-Request-Id", "access-log-4712")
			.exchange()
			.expectStatus()
			.isOk();
		await().until(() -> output.getOut()
			.lines()
			.anyMatch((line) -> line.contains("\"GET /api/v1/me HTTP/1.1\" 200") && line.contains("requestId=access-log-4712")));
	}

	@Test
	void aChangeAskedOfTheApiIsLoggedWithWhoAskedAndTheAnswer(CapturedOutput output) {
		String post = java.util.UUID.randomUUID().toString();
		this.client.put()
			.uri("/api/v1/posts/" + post + "/acknowledgement")
			.headers((headers) -> headers.setBearerAuth(this.token))
			.header("X-Request-Id", "audit-4713")
			.exchange()
			.expectStatus()
			.isNotFound();
		await().until(() -> output.getOut()
			.lines()
			.anyMatch((line) -> line.contains("budkavle.audit") && line.contains("person=" + this.person)
					&& line.contains("PUT /api/v1/posts/" + post + "/acknowledgement -> 404 requestId=audit-4713")));
	}

	@Test
	void aLineLoggedWhileServingARequestNamesItsIdWhateverThreadWritesIt(CapturedOutput output) {
		String file = TestDirectory.demo().person("observed-person", "Olga Observerad", "Testare", "hsf-adm").toString();
		this.client.post()
			.uri("/api/v1/admin/directory/imports?confirm=true")
			.headers((headers) -> headers.setBearerAuth(this.tokens.issue(this.observed, Set.of(Role.ADMIN)).accessToken()))
			.header("X-Request-Id", "import-4714")
			.contentType(MediaType.APPLICATION_NDJSON)
			.bodyValue(file)
			.exchange()
			.expectStatus()
			.isOk();
		await().until(() -> output.getOut()
			.lines()
			.anyMatch((line) -> line.contains("Applied the directory from") && line.contains("[import-4714]")));
	}

	@Test
	void reactorRestoresNoThreadLocalAroundTheWorkOfARequest() {
		// Spring Security and Micrometer register theirs through META-INF/services; restored around every row the
		// database driver hands over, they cost a sixth of the hub's CPU (bench/README.md).
		assertThat(ContextRegistry.getInstance().getThreadLocalAccessors()).isEmpty();
	}

	private WebTestClient management() {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.environment.getRequiredProperty("local.management.port"))
			.build();
	}
}
