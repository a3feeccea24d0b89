package se.budkavle.org.directory;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

import se.budkavle.org.directory.StoredOrganisation.StoredPerson;

/**
 * Writes the person changes of a directory in an order that keeps e-mail addresses unique among active people at
 * every step: leavers first, then changed addresses released, then updates, then newcomers.
 */
final class PeopleWriter {

	private static final String DEACTIVATE = """
			update person set active = false, updated_at = now() where id = any(cast(:ids as uuid[]))""";

	private static final String RELEASE_EMAILS = """
			update person set email = null where id = any(cast(:ids as uuid[]))""";

	private static final String REWRITE = """
			update person p
			set display_name = t.display_name, email = t.email, job_title = t.job_title, phone = t.phone, active = true,
			    updated_at = now()
			from unnest(cast(:ids as uuid[]), cast(:names as text[]), cast(:emails as text[]),
			    cast(:titles as text[]), cast(:phones as text[])) as t (id, display_name, email, job_title, phone)
			where p.id = t.id""";

	private static final String INSERT = """
			insert into person (id, external_id, display_name, email, job_title, phone)
			select * from unnest(cast(:ids as uuid[]), cast(:externalIds as text[]), cast(:names as text[]),
			    cast(:emails as text[]), cast(:titles as text[]), cast(:phones as text[]))""";

	private final DatabaseClient database;

	PeopleWriter(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> write(PeopleDiff people) {
		return Batch.run(this.database, people.deactivations(), DEACTIVATE,
				(spec) -> spec.bind("ids", people.deactivations().toArray(UUID[]::new)))
			.then(Batch.run(this.database, people.emailReleases(), RELEASE_EMAILS,
					(spec) -> spec.bind("ids", people.emailReleases().toArray(UUID[]::new))))
			.then(Batch.run(this.database, people.rewrites(), REWRITE, (spec) -> spec
				.bind("ids", Batch.uuids(people.rewrites(), StoredPerson::id))
				.bind("names", Batch.texts(people.rewrites(), StoredPerson::displayName))
				.bind("emails", Batch.texts(people.rewrites(), StoredPerson::email))
				.bind("titles", Batch.texts(people.rewrites(), StoredPerson::jobTitle))
				.bind("phones", Batch.texts(people.rewrites(), StoredPerson::phone))))
			.then(Batch.run(this.database, people.inserts(), INSERT, (spec) -> spec
				.bind("ids", Batch.uuids(people.inserts(), StoredPerson::id))
				.bind("externalIds", Batch.texts(people.inserts(), StoredPerson::externalId))
				.bind("names", Batch.texts(people.inserts(), StoredPerson::displayName))
				.bind("emails", Batch.texts(people.inserts(), StoredPerson::email))
				.bind("titles", Batch.texts(people.inserts(), StoredPerson::jobTitle))
				.bind("phones", Batch.texts(people.inserts(), StoredPerson::phone))));
	}
}
