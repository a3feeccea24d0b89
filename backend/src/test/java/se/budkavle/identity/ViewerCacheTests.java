package se.budkavle.identity;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.BudkavleApplication;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.Organisation;
import se.budkavle.org.Person;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two complete hubs on one database of the shared test PostgreSQL, each caching verified tokens and viewers: a
 * directory import that deactivates someone, or a role given or withdrawn through one of them, takes effect on the
 * next request on that instance and, as soon as its notification arrives, on the other.
 */
class ViewerCacheTests {

	static final Duration WAIT = Duration.ofSeconds(30);

	static final String UNIT = """
			{"type":"unit","id":"vc-stad","name":"Cache stad","kind":"ORGANISATION","parent":null}
			""";

	static final String ANNA = """
			{"type":"person","id":"vc-anna","name":"Anna Berg","email":"anna.berg@vc.test.budkavle.se","units":["vc-stad"]}
			""";

	static final String BO = """
			{"type":"person","id":"vc-bo","name":"Bo Ek","email":"bo.ek@vc.test.budkavle.se","units":["vc-stad"]}
			""";

	/** Both hubs: free ports, and the viewer cache the other tests switch off. */
	static final String[] COMMON = { "--server.port=0", "--spring.main.banner-mode=off", "--budkavle.demo.seed=false",
			"--budkavle.jobs.enabled=false", "--budkavle.identity.cached-viewers=10000" };

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	@BeforeAll
	static void start() {
		a = new SpringApplicationBuilder(BudkavleApplication.class).initializers(new OwnEventLoops()).run(COMMON);
		Environment database = a.getEnvironment();
		// The second hub on the first one's database.
		b = new SpringApplicationBuilder(BudkavleApplication.class).initializers(new OwnEventLoops())
			.run(Stream.concat(Stream.of(COMMON),
				Stream.of("--spring.r2dbc.url=" + database.getProperty("spring.r2dbc.url"),
						"--spring.r2dbc.username=" + database.getProperty("spring.r2dbc.username"),
						"--spring.r2dbc.password=" + database.getProperty("spring.r2dbc.password", ""),
						"--spring.flyway.url=" + database.getProperty("spring.flyway.url"),
						"--spring.flyway.user=" + database.getProperty("spring.flyway.user"),
						"--spring.flyway.password=" + database.getProperty("spring.flyway.password", "")))
			.toArray(String[]::new));
		imports(UNIT + ANNA + BO);
	}

	@AfterAll
	static void stop() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	@Test
	void aPersonDeactivatedByADirectoryImportIsRefusedOnTheNextRequestOnBothInstances() {
		Person bo = person("bo.ek@vc.test.budkavle.se");
		String onA = token(a, bo);
		String onB = token(b, bo);
		assertThat(me(a, onA).displayName()).isEqualTo("Bo Ek");
		assertThat(me(b, onB).displayName()).isEqualTo("Bo Ek");

		// Behind the hub's back (no import, no notice): both keep answering from what they cached.
		database().sql("update person set display_name = 'Bo Ekman' where id = :id").bind("id", bo.id()).then()
			.block(WAIT);
		assertThat(me(a, onA).displayName()).isEqualTo("Bo Ek");
		assertThat(me(b, onB).displayName()).isEqualTo("Bo Ek");

		imports(UNIT + ANNA);

		assertThat(status(a, onA)).isEqualTo(403);
		awaitStatus(b, onB, 403);
		imports(UNIT + ANNA + BO);
		assertThat(me(a, onA).displayName()).isEqualTo("Bo Ek");
		awaitStatus(b, onB, 200);
	}

	@Test
	void aRoleGivenOrWithdrawnTakesEffectOnTheNextRequestOnBothInstances() {
		Person anna = person("anna.berg@vc.test.budkavle.se");
		String onA = token(a, anna);
		String onB = token(b, anna);
		assertThat(me(a, onA).roles()).doesNotContain("hr");
		assertThat(me(b, onB).roles()).doesNotContain("hr");
		RoleGrants grants = a.getBean(RoleGrants.class);
		Viewer admin = grants.viewer(anna.id(), anna.displayName(), anna.email(), Set.of(Role.ADMIN)).block(WAIT);

		grants.give(admin, anna.id(), Role.HR, null).block(WAIT);
		assertThat(me(a, onA).roles()).contains("hr");
		awaitRoles(b, onB, true);

		b.getBean(RoleGrants.class).withdraw(admin, anna.id(), Role.HR, null).block(WAIT);
		assertThat(me(b, onB).roles()).doesNotContain("hr");
		awaitRoles(a, onA, false);
	}

	private static void imports(String directory) {
		a.getBean(DirectoryImports.class).applyFile(directory, "viewer-cache-tests", null).block(WAIT);
	}

	private static DatabaseClient database() {
		return a.getBean(DatabaseClient.class);
	}

	private static Person person(String email) {
		return a.getBean(Organisation.class).personByEmail(email).block(WAIT);
	}

	/** Each instance signs with its own demo key; in production both would trust the same Keycloak. */
	private static String token(ConfigurableApplicationContext hub, Person person) {
		return hub.getBean(DemoTokens.class).issue(person, Set.of()).accessToken();
	}

	private static WebTestClient client(ConfigurableApplicationContext hub) {
		int port = hub.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(WAIT).build();
	}

	private static MeBody me(ConfigurableApplicationContext hub, String token) {
		return client(hub).get()
			.uri("/api/v1/me")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(MeBody.class)
			.returnResult()
			.getResponseBody();
	}

	private static int status(ConfigurableApplicationContext hub, String token) {
		return client(hub).get()
			.uri("/api/v1/me")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	/** The other instance forgets once its LISTEN connection hears the notice: asked again until then. */
	private static void awaitStatus(ConfigurableApplicationContext hub, String token, int expected) {
		await(() -> status(hub, token) == expected, "status " + expected);
	}

	private static void awaitRoles(ConfigurableApplicationContext hub, String token, boolean hr) {
		await(() -> me(hub, token).roles().contains("hr") == hr, hr ? "the role" : "no role");
	}

	private static void await(BooleanSupplier condition, String description) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("the other instance answering with " + description).isLessThan(deadline);
		}
	}

	/** The parts of {@code /api/v1/me} these tests read. */
	record MeBody(String displayName, List<String> roles) {
	}
}
