package se.budkavle.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.Organisation;
import se.budkavle.org.TestDirectory;
import se.budkavle.platform.jobs.MutableClock;

/**
 * Two förvaltningar under Stockholms stad (Hägersten-Älvsjö with its departments, and Stadsledningskontoret), with
 * roles given in the role table for a subtree or for the whole organisation, and clients signed in as anyone: the
 * ground for the authorisation tests of scoped roles in every module.
 */
@NewsTest
public abstract class ScopedRolesSupport {

	@Autowired
	protected WebTestClient client;

	@Autowired
	protected DatabaseClient database;

	@Autowired
	DirectoryImports imports;

	@Autowired
	Organisation organisations;

	@Autowired
	DemoTokens tokens;

	@Autowired
	protected MutableClock clock;

	NewsOrganisation organisation;

	/** The news slice plus Stadsledningskontoret with a central communicator and five staff. */
	static TestDirectory directory() {
		TestDirectory directory = NewsOrganisation.directory()
			.unit("ksf", "Stadsledningskontoret", "ADMINISTRATION", "stad")
			.person("demo-central", "Eva Centralsson", "Kommunikationschef", "ksf");
		for (int i = 1; i <= 5; i++) {
			directory.person("demo-ksf-" + i, "Handläggare " + i, "Handläggare", "ksf");
		}
		return directory;
	}

	@BeforeEach
	void twoForvaltningar() {
		this.clock.set(NewsTestConfiguration.START);
		this.organisation = new NewsOrganisation(this.database);
		this.organisation.reset(this.imports, directory());
	}

	/** The person with the demo key (external id {@code demo-<key>}). */
	protected UUID person(String key) {
		return this.organisation.person(key);
	}

	/** The unit with the directory id. */
	protected UUID unit(String key) {
		return this.organisation.unit(key);
	}

	/** Gives a role in the role table, for the unit's subtree or (unit null) the whole organisation. */
	protected void grant(String key, Role role, String unitKey) {
		var spec = this.database.sql("insert into role_grant (person_id, role, unit_id) values (:person, :role, :unit)")
			.bind("person", person(key))
			.bind("role", role.name());
		spec = (unitKey != null) ? spec.bind("unit", unit(unitKey)) : spec.bindNull("unit", UUID.class);
		spec.then().block();
	}

	/** A client signed in as the person, whose token carries no roles: only the role table gives them any. */
	protected WebTestClient as(String key) {
		var person = this.organisations.person(person(key)).block();
		String token = this.tokens.issue(person, java.util.Set.of()).accessToken();
		return this.client.mutate().defaultHeaders((headers) -> headers.setBearerAuth(token)).build();
	}

	/** A post body to the units (with subunits), asking for acknowledgement when {@code acknowledge}. */
	protected static Map<String, Object> post(String title, boolean acknowledge, UUID... units) {
		List<Map<String, Object>> targets = new ArrayList<>();
		for (UUID unit : units) {
			targets.add(Map.of("unitId", unit, "includeSubunits", true));
		}
		return Map.of("title", title, "body", "Hej alla!", "priority", "NORMAL", "language", "sv", "commentsEnabled",
				true, "targets", targets, "acknowledgement", acknowledge ? Map.of("required", true) : Map.of("required", false));
	}

	/** Publishes as the person, who must be allowed to, and returns the post's id. */
	protected UUID publish(String author, String title, boolean acknowledge, String... unitKeys) {
		UUID[] units = java.util.Arrays.stream(unitKeys).map(this::unit).toArray(UUID[]::new);
		Map<?, ?> created = as(author).post()
			.uri("/api/v1/posts")
			.bodyValue(post(title, acknowledge, units))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString((String) created.get("id"));
	}
}
