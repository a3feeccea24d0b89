package se.budkavle.identity;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.util.FileSystemUtils;

import se.budkavle.BudkavleApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The intranet case end to end: an intranet page on a second origin loads the widget bundle from the hub, signs a
 * manager and an employee in at a real Keycloak through {@code <bk-session>} (code + PKCE), and they post, read live,
 * acknowledge, ask anonymously and read the answer with the follow-up key, across access-token expiry. The realm is
 * the demo realm from {@code deploy/keycloak} with the intranet's origin added to the widgets client and 40-second
 * access tokens; the browser part is {@code widgets/test/e2e/intranet.test.mjs}.
 */
class IntranetEmbeddingIT {

	static final Path KEYCLOAK = Path.of(System.getProperty("keycloak.home", "target/keycloak"));

	static final Path REALM = Path.of(System.getProperty("keycloak.realm", "../deploy/keycloak/budkavle-realm.json"));

	static final int ACCESS_TOKEN_SECONDS = 40;

	static final HttpClient http = HttpClient.newHttpClient();

	static Process keycloak;

	static String realmUrl;

	static int intranetPort;

	static ConfigurableApplicationContext hub;

	@BeforeAll
	static void startKeycloakAndTheHub() throws IOException {
		int port = freePort();
		intranetPort = freePort();
		String intranet = "http://127.0.0.1:" + intranetPort;
		realmUrl = "http://127.0.0.1:" + port + "/realms/budkavle";
		keycloak = startKeycloak(port, intranet);
		hub = new SpringApplicationBuilder(BudkavleApplication.class).run("--server.port=0",
				"--budkavle.identity.issuer-uri=" + realmUrl, "--budkavle.identity.allowed-origins=" + intranet,
				"--budkavle.database.embedded.ephemeral=true");
		new TestOrganisation("demo-", "demo.budkavle.se").ensure(hub.getBean(DatabaseClient.class)).block();
		await("Keycloak serving the budkavle realm").atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(500))
			.failFast("Keycloak exited; see " + KEYCLOAK.resolve("keycloak-intranet-it.log"), () -> !keycloak.isAlive())
			.until(IntranetEmbeddingIT::realmIsServed);
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
	void aManagerAndAnEmployeeUseBudkavleOnAnIntranetOfAnotherOrigin() throws Exception {
		Path widgets = Path.of("..", "widgets").toAbsolutePath().normalize();
		assertThat(widgets.resolve("node_modules")).as("widgets built with npm ci").isDirectory();
		Path log = Files.createTempFile("intranet-e2e", ".log");
		ProcessBuilder script = new ProcessBuilder("node", "--test", "--test-reporter=spec",
				"test/e2e/intranet.test.mjs")
			.directory(widgets.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		script.environment().put("BK_HUB_URL", "http://127.0.0.1:" + hub.getEnvironment().getProperty("local.server.port"));
		script.environment().put("BK_ISSUER", realmUrl);
		script.environment().put("BK_INTRANET_PORT", Integer.toString(intranetPort));
		Process node = script.start();
		boolean finished = node.waitFor(5, TimeUnit.MINUTES);
		if (!finished) {
			node.destroyForcibly();
		}
		String output = Files.readString(log);
		System.out.println(output);
		assertThat(finished).as("end-to-end script finished in time").isTrue();
		assertThat(node.exitValue()).as(output).isZero();
	}

	/** The demo realm with the intranet's origin on the widgets client and short-lived access tokens. */
	static String realmFor(String intranet) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		ObjectNode realm = (ObjectNode) json.readTree(REALM.toFile());
		realm.put("accessTokenLifespan", ACCESS_TOKEN_SECONDS);
		for (JsonNode client : realm.get("clients")) {
			if ("budkavle-widgets".equals(client.get("clientId").asString())) {
				((ArrayNode) client.get("redirectUris")).add(intranet + "/*");
				((ArrayNode) client.get("webOrigins")).add(intranet);
				ObjectNode attributes = (ObjectNode) client.get("attributes");
				attributes.put("post.logout.redirect.uris",
						attributes.path("post.logout.redirect.uris").asString("") + "##" + intranet + "/*");
			}
		}
		return json.writeValueAsString(realm);
	}

	private static Process startKeycloak(int port, String intranet) throws IOException {
		Path kc = KEYCLOAK.resolve("bin/kc.sh");
		assertThat(kc).as("Keycloak is unpacked by Maven (pre-integration-test); run this test with ./mvnw verify")
			.isExecutable();
		FileSystemUtils.deleteRecursively(KEYCLOAK.resolve("data/h2"));
		Files.createDirectories(KEYCLOAK.resolve("data/import"));
		Files.writeString(KEYCLOAK.resolve("data/import/budkavle-realm.json"), realmFor(intranet));
		var builder = new ProcessBuilder(kc.toAbsolutePath().toString(), "start-dev", "--http-host=127.0.0.1",
				"--http-port=" + port, "--hostname=http://127.0.0.1:" + port, "--import-realm")
			.directory(KEYCLOAK.toFile())
			.redirectErrorStream(true)
			.redirectOutput(KEYCLOAK.resolve("keycloak-intranet-it.log").toFile());
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
