package se.budkavle.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real thing: Keycloak (unpacked by Maven into {@code target/keycloak}) started on loopback with the realm from
 * {@code deploy/keycloak}, and the hub configured to trust it, as in production ({@link KeycloakStack}, shared with
 * the intranet IT).
 */
class KeycloakIdentityIT {

	static final TestOrganisation PERSONAS = KeycloakStack.PERSONAS;

	static final HttpClient http = HttpClient.newHttpClient();

	static KeycloakStack stack;

	static WebTestClient client;

	@BeforeAll
	static void startKeycloakAndTheHub() throws IOException {
		stack = KeycloakStack.get();
		// The first request after start-up also warms the hub's token check against Keycloak; on a loaded machine that
		// took longer than the default 5 s.
		client = WebTestClient.bindToServer().baseUrl(stack.hubUrl()).responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	void anEmployeeSignedInAtKeycloakIsThePersonInTheOrganisation() {
		me(token("employee")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(PERSONAS.personId(stack.hub.getBean(DatabaseClient.class), "employee").block().toString())
			.jsonPath("$.displayName")
			.isEqualTo("Ahmed Hassan")
			.jsonPath("$.email")
			.isEqualTo("ahmed.hassan@demo.budkavle.se")
			.jsonPath("$.roles")
			.isEmpty()
			.jsonPath("$.units[*].name")
			.isEqualTo(List.of("Hemtjänst Syd"))
			.jsonPath("$.manager.displayName")
			.isEqualTo("Maria Holm");
	}

	@Test
	void aCommunicatorsRealmRoleScopedToHerForvaltningComesThrough() {
		me(token("communicator")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.displayName")
			.isEqualTo("Lena Sjöberg")
			.jsonPath("$.roles")
			.isEqualTo(List.of("communicator"))
			.jsonPath("$.scopes[0].unitName")
			.isEqualTo("Hägersten-Älvsjö stadsdelsförvaltning");
	}

	@Test
	void aKeycloakUserWhoseEmailIsNotVerifiedIsTurnedAwayWithItsOwnProblem() {
		me(token("unverified")).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:budkavle:problem:email-not-verified");
	}

	@Test
	void theRegistratorsRecordsRoleComesThroughAndOpensTheAuditTrailToHerOnly() {
		me(token("registrator")).expectStatus().isOk().expectBody()
			.jsonPath("$.displayName").isEqualTo("Birgitta Holmgren")
			.jsonPath("$.roles").isEqualTo(List.of("records"));
		audit(token("registrator")).expectStatus().isOk();
		audit(token("hr")).expectStatus().isForbidden();
	}

	@Test
	void onlyTheAdminPersonaIsAdmittedToTheAdminApi() {
		admin(token("admin")).expectStatus().isNotFound();
		admin(token("hr")).expectStatus().isForbidden();
	}

	@Test
	void theHubsOwnDemoTokensAreNotTrustedOnceKeycloakIsConfigured() {
		assertThat(stack.hub.getBeanNamesForType(DemoTokens.class)).isEmpty();
		var demoKeys = DemoKeys.generate();
		me(new TestTokens(demoKeys).signed("ahmed.hassan@demo.budkavle.se")).expectStatus().isUnauthorized();
	}

	private static WebTestClient.ResponseSpec audit(String token) {
		return client.get().uri("/api/v1/records/audit").headers((headers) -> headers.setBearerAuth(token)).exchange();
	}

	private static WebTestClient.ResponseSpec me(String token) {
		return client.get().uri("/api/v1/me").headers((headers) -> headers.setBearerAuth(token)).exchange();
	}

	private static WebTestClient.ResponseSpec admin(String token) {
		return client.get()
			.uri("/api/v1/admin/identity-probe")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange();
	}

	/** Takes a token the way a test or local tool would: password grant at the CLI client. */
	private static String token(String username) {
		var form = Map.of("grant_type", "password", "client_id", "budkavle-cli", "username", username, "password",
				"demo", "scope", "openid");
		var body = form.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		var request = HttpRequest.newBuilder(URI.create(stack.realmUrl + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			var response = http.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return (String) JsonMapper.builder().build().readValue(response.body(), Map.class).get("access_token");
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException("Could not take a token from Keycloak", ex);
		}
	}
}
