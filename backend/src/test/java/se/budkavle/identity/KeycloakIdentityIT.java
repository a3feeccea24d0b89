package se.budkavle.identity;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;

import se.budkavle.BudkavleApplication;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real thing: Keycloak (unpacked by Maven into {@code target/keycloak}) started on loopback with the realm from
 * {@code deploy/keycloak}, and the hub configured to trust it, as in production.
 */
class KeycloakIdentityIT {

	static final Path KEYCLOAK = Path.of(System.getProperty("keycloak.home", "target/keycloak"));

	static final Path REALM = Path.of(System.getProperty("keycloak.realm", "../deploy/keycloak/budkavle-realm.json"));

	// Unit ids as in the demo and compose directories (hsf …), which the realm's scoped role communicator@hsf names.
	static final TestOrganisation PERSONAS = new TestOrganisation("", "demo.budkavle.se");

	static final HttpClient http = HttpClient.newHttpClient();

	static Process keycloak;

	static String realmUrl;

	static ConfigurableApplicationContext hub;

	static WebTestClient client;

	@BeforeAll
	static void startKeycloakAndTheHub() throws IOException {
		int port = freePort();
		realmUrl = "http://127.0.0.1:" + port + "/realms/budkavle";
		keycloak = startKeycloak(port);
		await("Keycloak serving the budkavle realm").atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(500))
			.failFast("Keycloak exited; see " + KEYCLOAK.resolve("keycloak-it.log"), () -> !keycloak.isAlive())
			.until(KeycloakIdentityIT::realmIsServed);
		hub = new SpringApplicationBuilder(BudkavleApplication.class).run("--server.port=0",
				"--budkavle.identity.issuer-uri=" + realmUrl, "--budkavle.database.embedded.ephemeral=true");
		PERSONAS.ensure(hub.getBean(DatabaseClient.class)).block();
		client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + hub.getEnvironment().getProperty("local.server.port"))
			.build();
	}

	@AfterAll
	static void stopBoth() throws InterruptedException {
		if (hub != null) {
			hub.close();
		}
		if (keycloak != null) {
			keycloak.descendants().forEach(ProcessHandle::destroy);
			keycloak.destroy();
			if (!keycloak.waitFor(30, TimeUnit.SECONDS)) {
				keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
				keycloak.destroyForcibly();
			}
		}
	}

	@Test
	void anEmployeeSignedInAtKeycloakIsThePersonInTheOrganisation() {
		me(token("employee")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(PERSONAS.personId(hub.getBean(DatabaseClient.class), "employee").block().toString())
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
	void onlyTheAdminPersonaIsAdmittedToTheAdminApi() {
		admin(token("admin")).expectStatus().isNotFound();
		admin(token("hr")).expectStatus().isForbidden();
	}

	@Test
	void theHubsOwnDemoTokensAreNotTrustedOnceKeycloakIsConfigured() {
		assertThat(hub.getBeanNamesForType(DemoTokens.class)).isEmpty();
		var demoKeys = DemoKeys.generate();
		me(new TestTokens(demoKeys).signed("ahmed.hassan@demo.budkavle.se")).expectStatus().isUnauthorized();
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
		var request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
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

	private static Process startKeycloak(int port) throws IOException {
		Path kc = KEYCLOAK.resolve("bin/kc.sh");
		assertThat(kc).as("Keycloak is unpacked by Maven (pre-integration-test); run this test with ./mvnw verify")
			.isExecutable();
		FileSystemUtils.deleteRecursively(KEYCLOAK.resolve("data/h2"));
		Files.createDirectories(KEYCLOAK.resolve("data/import"));
		Files.copy(REALM, KEYCLOAK.resolve("data/import/budkavle-realm.json"), StandardCopyOption.REPLACE_EXISTING);
		var builder = new ProcessBuilder(kc.toAbsolutePath().toString(), "start-dev", "--http-host=127.0.0.1",
				"--http-port=" + port, "--hostname=http://127.0.0.1:" + port, "--import-realm")
			.directory(KEYCLOAK.toFile())
			.redirectErrorStream(true)
			.redirectOutput(KEYCLOAK.resolve("keycloak-it.log").toFile());
		builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
		return builder.start();
	}

	private static boolean realmIsServed() {
		var request = HttpRequest.newBuilder(URI.create(realmUrl + "/.well-known/openid-configuration"))
			.timeout(Duration.ofSeconds(5))
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
