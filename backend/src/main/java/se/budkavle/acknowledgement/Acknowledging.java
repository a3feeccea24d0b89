package se.budkavle.acknowledgement;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;
import se.budkavle.news.PostAccess;
import se.budkavle.news.Posts;

/**
 * Records a reader's "Jag har läst" once: a repeat returns the first timestamp and writes nothing. A new
 * acknowledgement has the post's progress announced live once it has committed ({@link ProgressAnnouncements}).
 */
@Component
class Acknowledging {

	/**
	 * The insert and, when the row was there already, the stored timestamp, in one statement (the outer select does
	 * not see the CTE's insert, so exactly one row comes back). bench/sql/acknowledge.sql is this very text.
	 */
	static final String ACKNOWLEDGE = """
			with inserted as (
			    insert into acknowledgement (post_id, person_id, acknowledged_at)
			    values (:postId, :personId, :now)
			    on conflict do nothing
			    returning acknowledged_at)
			select acknowledged_at, true as created from inserted
			union all
			select acknowledged_at, false from acknowledgement where post_id = :postId and person_id = :personId""";

	private final Posts posts;

	private final DatabaseClient database;

	private final ProgressAnnouncements announcements;

	private final Clock clock;

	private final Counter acknowledgements;

	Acknowledging(Posts posts, DatabaseClient database, ProgressAnnouncements announcements, Clock clock,
			MeterRegistry registry) {
		this.acknowledgements = Counter.builder("budkavle.acknowledgements")
			.description("Posts confirmed as read (first confirmations only)")
			.register(registry);
		this.posts = posts;
		this.database = database;
		this.announcements = announcements;
		this.clock = clock;
	}

	/**
	 * Confirms that the viewer has read the post.
	 * @param postId the post
	 * @param viewer the reader
	 * @return when the viewer first confirmed it
	 */
	Mono<Instant> acknowledge(UUID postId, Viewer viewer) {
		return this.posts.access(postId, viewer)
			.filter(PostAccess::inAudience)
			.switchIfEmpty(Mono.error(() -> new PostNotFound(postId)))
			.filter(PostAccess::acknowledgementRequired)
			.switchIfEmpty(Mono.error(() -> new AcknowledgementNotRequested(postId)))
			// One statement, atomic on its own: no transaction around it (its BEGIN and COMMIT were two more round trips
			// to PostgreSQL and a transaction's bookkeeping in the hub, on every acknowledgement).
			.flatMap((access) -> record(postId, viewer.personId()))
			// after the commit, so that the announced totals include this acknowledgement
			.doOnNext((recorded) -> {
				if (recorded.created()) {
					this.acknowledgements.increment();
					this.announcements.acknowledged(postId);
				}
			})
			.map(Recorded::at);
	}

	/**
	 * When a concurrent request by the same person inserted the row after this statement's snapshot was taken, the
	 * insert waits for it and does nothing, and the statement's own select cannot see it: no row comes back. A second
	 * statement has a fresh snapshot and reads the stored timestamp.
	 */
	private Mono<Recorded> record(UUID postId, UUID personId) {
		return this.database.sql(ACKNOWLEDGE)
			.bind("postId", postId)
			.bind("personId", personId)
			.bind("now", this.clock.instant())
			.map((row) -> new Recorded(row.get("acknowledged_at", Instant.class),
					Boolean.TRUE.equals(row.get("created", Boolean.class))))
			.one()
			.switchIfEmpty(Mono.defer(() -> stored(postId, personId)));
	}

	private Mono<Recorded> stored(UUID postId, UUID personId) {
		return this.database
			.sql("select acknowledged_at from acknowledgement where post_id = :postId and person_id = :personId")
			.bind("postId", postId)
			.bind("personId", personId)
			.mapValue(Instant.class)
			.one()
			.map((at) -> new Recorded(at, false));
	}

	private record Recorded(Instant at, boolean created) {
	}
}
