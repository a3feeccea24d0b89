package se.budkavle.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static se.budkavle.deploy.Manifests.at;
import static se.budkavle.deploy.Manifests.map;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The compose stack (deploy/compose): the services a one-command login needs, the hub built from this checkout, its
 * settings named as the README names them, a directory file that matches the realm's users, and an intranet page on
 * another origin that the hub and the realm both accept.
 */
@SuppressWarnings("unchecked")
class ComposeTests {

	static final Path COMPOSE = Path.of("compose");

	static Map<String, Object> compose;

	static Map<String, Object> hub;

	static Map<String, String> hubEnv;

	@BeforeAll
	static void read() throws IOException {
		compose = new Yaml().load(Files.readString(COMPOSE.resolve("compose.yaml")));
		hub = map(compose, "services.hub");
		hubEnv = ((Map<String, Object>) hub.get("environment")).entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> String.valueOf(entry.getValue())));
	}

	@Test
	void theStackHasADatabaseKeycloakTheHubAndAnIntranet() {
		assertThat(map(compose, "services")).containsOnlyKeys("postgres", "keycloak", "hub", "intranet");
		assertThat(at(compose, "services.postgres.healthcheck.test")).asString().contains("pg_isready");
		assertThat(at(hub, "depends_on.postgres.condition")).isEqualTo("service_healthy");
		assertThat((List<Object>) at(compose, "services.keycloak.command")).contains("--import-realm");
		assertThat(map(compose, "services.keycloak.environment")).containsKeys("KC_BOOTSTRAP_ADMIN_USERNAME",
				"KC_BOOTSTRAP_ADMIN_PASSWORD");
		assertThat((List<Object>) at(compose, "services.keycloak.volumes"))
			.contains("../keycloak/budkavle-realm.json:/opt/keycloak/data/import/budkavle-realm.json:ro");
		assertThat(Path.of("keycloak/budkavle-realm.json")).isRegularFile();
	}

	@Test
	void theHubIsBuiltFromThisCheckoutWithTheProductionImage() {
		Path context = COMPOSE.resolve((String) at(hub, "build.context")).normalize();

		assertThat(context).isEqualTo(Path.of(".."));
		assertThat(at(hub, "build.dockerfile")).isEqualTo("deploy/Dockerfile");
		assertThat(context.resolve("deploy/Dockerfile")).isRegularFile();
		assertThat(context.resolve("mvnw")).isRegularFile();
		assertThat(hub.get("read_only")).isEqualTo(true);
		assertThat((List<Object>) hub.get("cap_drop")).containsExactly("ALL");
		assertThat(hubEnv).doesNotContainKeys("SPRING_PROFILES_ACTIVE", "BUDKAVLE_DEMO_ENABLED");
	}

	@Test
	void everySettingTheHubIsGivenIsOneTheReadmeNames() throws IOException {
		String readme = Files.readString(Path.of("../README.md"));
		Set<String> documented = Pattern.compile("`((?:budkavle|spring)\\.[a-z0-9.-]+)")
			.matcher(readme)
			.results()
			.map((match) -> canonical(match.group(1)))
			.collect(Collectors.toSet());

		assertThat(hubEnv.keySet()).isNotEmpty()
			.allSatisfy((name) -> assertThat(documented).as(name + " in README.md").contains(canonical(name)));
	}

	@Test
	void theDirectoryFileGivesEveryRealmUserAPersonByEmail() throws IOException {
		String mount = "./directory.jsonl:" + hubEnv.get("BUDKAVLE_ORG_IMPORT_FILE") + ":ro";
		assertThat((List<Object>) hub.get("volumes")).contains(mount);

		Set<String> emails = Files.readAllLines(COMPOSE.resolve("directory.jsonl"))
			.stream()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> new Yaml().<Map<String, Object>>load(line))
			.filter((entry) -> "person".equals(entry.get("type")))
			.map((entry) -> ((String) entry.get("email")).toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		List<Map<String, Object>> users = Manifests.list(realm(), "users");

		assertThat(users).as("the ten personas and the user whose e-mail is not verified").hasSize(11)
			.allSatisfy((user) -> assertThat(emails).contains(((String) user.get("email")).toLowerCase(Locale.ROOT)));
		assertThat(emails).as("a group of 5 or more beside the personas, so figures show").hasSizeGreaterThan(20);
		String bootstrapAdmin = hubEnv.get("BUDKAVLE_IDENTITY_BOOTSTRAP_ADMINS");
		assertThat(emails).contains(bootstrapAdmin);
	}

	@Test
	void theIntranetPageOnAnotherOriginLoadsTheWidgetsFromTheHubAndMaySignIn() throws IOException {
		String page = Files.readString(COMPOSE.resolve("intranet/index.html"));
		String intranetOrigin = "http://localhost:"
				+ ((String) ((List<?>) at(compose, "services.intranet.ports")).get(0)).split(":")[0];
		String hubOrigin = hubEnv.get("BUDKAVLE_DELIVERY_HUB_URL");

		assertThat(intranetOrigin).isNotEqualTo(hubOrigin);
		assertThat(page).contains("<script type=\"module\" src=\"" + hubOrigin + "/widgets/budkavle.js\"></script>")
			.contains("window.Budkavle = { token }", "code_challenge_method: 'S256'", "client = 'budkavle-widgets'");
		assertThat(List.of(hubEnv.get("BUDKAVLE_IDENTITY_ALLOWED_ORIGINS").split(","))).contains(intranetOrigin);
		Map<String, Object> client = Manifests.list(realm(), "clients")
			.stream()
			.filter((candidate) -> "budkavle-widgets".equals(candidate.get("clientId")))
			.findFirst()
			.orElseThrow();
		assertThat((List<Object>) client.get("redirectUris")).contains(intranetOrigin + "/*");
		assertThat((List<Object>) client.get("webOrigins")).contains(intranetOrigin);
		assertThat(hubEnv.get("BUDKAVLE_IDENTITY_ISSUER_URI")).isEqualTo("http://localhost:8180/realms/budkavle");
	}

	static Map<String, Object> realm() throws IOException {
		return new Yaml().load(Files.readString(Path.of("keycloak/budkavle-realm.json")));
	}

	/** A property or environment variable name in Spring Boot's relaxed form: letters and digits, upper case. */
	static String canonical(String name) {
		return name.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
	}
}
