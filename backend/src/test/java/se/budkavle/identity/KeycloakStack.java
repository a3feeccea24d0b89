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
 * One real Keycloak and one hub that trusts it, shared by the identity ITs of a test JVM: Keycloak (unpacked by Maven
 * into {@code target/keycloak}) on loopback with the demo realm from {@code deploy/keycloak}, the intranet's origin
 * added to the widgets client and 40-second access tokens; the hub with that issuer, the intranet's origin allowed
 * and the demo personas in its organisation. Started by the first IT that asks, stopped when the JVM exits.
 */
final class KeycloakStack {

	static final Path KEYCLOAK = Path.of(System.getProperty("keycloak.home", "target/keycloak"));

	static final Path REALM = Path.of(System.getProperty("keycloak.realm", "../deploy/keycloak/budkavle-realm.json"));

	static final Path LOG = KEYCLOAK.resolve("keycloak-it.log");

	static final int ACCESS_TOKEN_SECONDS = 40;

	// Unit ids as in the demo and compose directories (hsf …), which the realm's scoped role communicator@hsf names.
	static final TestOrganisation PERSONAS = new TestOrganisation("", "demo.budkavle.se");

	private static final HttpClient http = HttpClient.newHttpClient();

	private static KeycloakStack started;

	final String realmUrl;

	final int intranetPort;

	final ConfigurableApplicationContext hub;

	private final Process keycloak;

	private KeycloakStack(String realmUrl, int intranetPort, ConfigurableApplicationContext hub, Process keycloak) {
		this.realmUrl = realmUrl;
		this.intranetPort = intranetPort;
		this.hub = hub;
		this.keycloak = keycloak;
	}

	/** The stack of this JVM, started on the first call (Keycloak and the hub start side by side). */
	static synchronized KeycloakStack get() throws IOException {
		if (started == null) {
			started = start();
			Runtime.getRuntime().addShutdownHook(new Thread(started::stopKeycloak, "keycloak-stack-stop"));
		}
		return started;
	}

	String intranet() {
		return "http://127.0.0.1:" + this.intranetPort;
	}

	String hubUrl() {
		return "http://127.0.0.1:" + this.hub.getEnvironment().getProperty("local.server.port");
	}

	private static KeycloakStack start() throws IOException {
		int port = freePort();
		int intranetPort = freePort();
		String intranet = "http://127.0.0.1:" + intranetPort;
		String realmUrl = "http://127.0.0.1:" + port + "/realms/budkavle";
		Process keycloak = startKeycloak(port, intranet);
		ConfigurableApplicationContext hub = new SpringApplicationBuilder(BudkavleApplication.class).run(
				"--server.port=0", "--budkavle.identity.issuer-uri=" + realmUrl,
				"--budkavle.identity.allowed-origins=" + intranet, "--budkavle.database.embedded.ephemeral=true");
		PERSONAS.ensure(hub.getBean(DatabaseClient.class)).block();
		await("Keycloak serving the budkavle realm").atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(500))
			.failFast("Keycloak exited; see " + LOG, () -> !keycloak.isAlive())
			.until(() -> realmIsServed(realmUrl));
		return new KeycloakStack(realmUrl, intranetPort, hub, keycloak);
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
		assertThat(kc).as("Keycloak is unpacked by Maven (pre-integration-test); run the ITs with ./mvnw verify")
			.isExecutable();
		FileSystemUtils.deleteRecursively(KEYCLOAK.resolve("data/h2"));
		Files.createDirectories(KEYCLOAK.resolve("data/import"));
		Files.writeString(KEYCLOAK.resolve("data/import/budkavle-realm.json"), realmFor(intranet));
		var builder = new ProcessBuilder(kc.toAbsolutePath().toString(), "start-dev", "--http-host=127.0.0.1",
				"--http-port=" + port, "--hostname=http://127.0.0.1:" + port, "--import-realm")
			.directory(KEYCLOAK.toFile())
			.redirectErrorStream(true)
			.redirectOutput(LOG.toFile());
		builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
		return builder.start();
	}

	private void stopKeycloak() {
		this.keycloak.descendants().forEach(ProcessHandle::destroy);
		this.keycloak.destroy();
		try {
			if (!this.keycloak.waitFor(30, TimeUnit.SECONDS)) {
				this.keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
				this.keycloak.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean realmIsServed(String realmUrl) {
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
