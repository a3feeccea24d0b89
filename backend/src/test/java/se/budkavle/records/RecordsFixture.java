package se.budkavle.records;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.Organisation;
import se.budkavle.org.TestDirectory;

/**
 * The demo slice of the organisation with a registrator, and signed-in clients for each persona.
 */
final class RecordsFixture {

	private final WebTestClient client;

	private final DatabaseClient database;

	private final DemoTokens tokens;

	private final Organisation organisation;

	private final Map<String, String> signed = new HashMap<>();

	RecordsFixture(WebTestClient client, DatabaseClient database, DemoTokens tokens, Organisation organisation,
			DirectoryImports imports) {
		this.client = client;
		this.database = database;
		this.tokens = tokens;
		this.organisation = organisation;
		if (personOrNull("registrator") == null) {
			imports.applyFile(directory().toString(), "test", null).block();
		}
	}

	static TestDirectory directory() {
		return TestDirectory.demo()
			.person("demo-communicator", "Lena Sjöberg", "Kommunikatör", "hsf-adm")
			.person("demo-hr", "Peter Wikström", "HR-specialist", "hsf-adm")
			.person("demo-registrator", "Birgitta Holmgren", "Registrator", "hsf-adm");
	}

	WebTestClient as(String key) {
		String token = this.signed.computeIfAbsent(key, (person) -> this.tokens
			.issue(this.organisation.personByExternalId("demo-" + person).block(), roles(person))
			.accessToken());
		return this.client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
	}

	static Set<Role> roles(String key) {
		return switch (key) {
			case "communicator" -> Set.of(Role.COMMUNICATOR);
			case "hr" -> Set.of(Role.HR);
			case "admin" -> Set.of(Role.ADMIN);
			case "registrator" -> Set.of(Role.RECORDS);
			default -> Set.of();
		};
	}

	UUID person(String key) {
		UUID id = personOrNull(key);
		if (id == null) {
			throw new IllegalArgumentException("No persona " + key);
		}
		return id;
	}

	private UUID personOrNull(String key) {
		return this.database.sql("select id from person where external_id = :id")
			.bind("id", "demo-" + key)
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
	}

	UUID unit(String key) {
		return this.database.sql("select id from unit where external_id = :id")
			.bind("id", key)
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
	}

	long count(String sql) {
		return this.database.sql(sql).map((row) -> row.get(0, Long.class)).one().block();
	}

	Map<?, ?> json(String json) {
		return tools.jackson.databind.json.JsonMapper.builder().build().readValue(json, Map.class);
	}

	void sql(String sql) {
		this.database.sql(sql).then().block();
	}
}
