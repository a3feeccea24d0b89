package se.budkavle.identity;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.budkavle.org.DirectoryAdmins;
import se.budkavle.org.Organisation;
import se.budkavle.org.Person;

/**
 * Remembers who signed in with the admin role, so that the directory import knows whom it must not deactivate all of
 * and a bootstrap admin knows whether an administrator already exists. Someone whose role was withdrawn stops counting
 * once they have not been seen with it for {@code budkavle.identity.admin-seen-within}.
 */
@Component
class KnownAdmins implements DirectoryAdmins {

	// Written at most once an hour per admin: admin requests stay reads.
	private static final String REMEMBER = """
			insert into known_admin (person_id) values (:personId)
			on conflict (person_id) do update set last_seen_at = now()
			where known_admin.last_seen_at < now() - interval '1 hour'""";

	private static final String RECENT = """
			select person_id from known_admin where last_seen_at > now() - make_interval(secs => :seconds)""";

	private final DatabaseClient database;

	private final Organisation organisation;

	private final Duration seenWithin;

	KnownAdmins(DatabaseClient database, Organisation organisation, IdentityProperties properties) {
		this.database = database;
		this.organisation = organisation;
		this.seenWithin = properties.adminSeenWithin();
	}

	Mono<Void> remember(UUID personId) {
		return this.database.sql(REMEMBER).bind("personId", personId).fetch().rowsUpdated().then();
	}

	@Override
	public Mono<Set<UUID>> admins() {
		return this.database.sql(RECENT)
			.bind("seconds", (double) this.seenWithin.toSeconds())
			.mapValue(UUID.class)
			.all()
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Whether any recently seen administrator is an active person. */
	Mono<Boolean> anyActive() {
		return admins().flatMapMany(Flux::fromIterable).flatMap(this.organisation::person).any(Person::active);
	}
}
