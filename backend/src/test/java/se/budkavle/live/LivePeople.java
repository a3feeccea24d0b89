package se.budkavle.live;

import java.util.Set;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;
import se.budkavle.identity.DemoTokens;
import se.budkavle.org.Person;

/**
 * People written straight into the organisation for live tests, with tokens the hub accepts.
 */
final class LivePeople {

	private LivePeople() {
	}

	static Mono<Person> person(DatabaseClient database, String name) {
		String key = "live-" + UUID.randomUUID();
		String email = key + "@live.test.budkavle.se";
		return database.sql("insert into person (external_id, display_name, email) values (:id, :name, :email) returning id")
			.bind("id", key)
			.bind("name", name)
			.bind("email", email)
			.map((row) -> row.get(0, UUID.class))
			.one()
			.map((id) -> new Person(id, key, name, email, null, true));
	}

	static String token(DemoTokens tokens, Person person) {
		return tokens.issue(person, Set.of()).accessToken();
	}
}
