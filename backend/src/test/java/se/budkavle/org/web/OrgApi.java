package se.budkavle.org.web;

import java.util.Set;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.org.Organisation;

/**
 * Calls the organisation API as people of the imported test organisation, with tokens from the demo issuer.
 */
final class OrgApi {

	private final WebTestClient client;

	private final DemoTokens tokens;

	private final Organisation organisation;

	private final DatabaseClient database;

	OrgApi(WebTestClient client, DemoTokens tokens, Organisation organisation, DatabaseClient database) {
		this.client = client;
		this.tokens = tokens;
		this.organisation = organisation;
		this.database = database;
	}

	/** A GET as the person with the given external id. */
	WebTestClient.ResponseSpec get(String personExternalId, String uri, Object... variables) {
		return this.client.get()
			.uri(uri, variables)
			.headers((headers) -> headers.setBearerAuth(token(personExternalId, Set.of())))
			.exchange();
	}

	WebTestClient.ResponseSpec getWithoutToken(String uri, Object... variables) {
		// The API document is larger than the client's default 256 KB buffer.
		return this.client.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build()
			.get()
			.uri(uri, variables)
			.exchange();
	}

	String token(String personExternalId, Set<Role> roles) {
		return this.tokens.issue(this.organisation.personByExternalId(personExternalId).block(), roles).accessToken();
	}

	UUID person(String externalId) {
		return this.organisation.personByExternalId(externalId).block().id();
	}

	UUID unit(String externalId) {
		return this.database.sql("select id from unit where external_id = :id")
			.bind("id", externalId)
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
	}
}
