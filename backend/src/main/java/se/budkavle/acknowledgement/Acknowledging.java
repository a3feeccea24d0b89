package se.budkavle.acknowledgement;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;
import se.budkavle.live.LiveEvent;
import se.budkavle.live.LiveEvents;
import se.budkavle.news.PostAccess;
import se.budkavle.news.Posts;

/**
 * Records a reader's "Jag har läst" once: a repeat returns the first timestamp and writes nothing. A new
 * acknowledgement announces the post's progress live in the same transaction.
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

	private static final String PROGRESS = """
			select coalesce((select audience_size from post where id = :postId),
			                (select count(*) from post_audience where post_id = :postId)) as audience,
			       (select count(*) from acknowledgement where post_id = :postId) as acknowledged""";

	private final Posts posts;

	private final DatabaseClient database;

	private final TransactionalOperator transaction;

	private final ObjectProvider<LiveEvents> live;

	private final Clock clock;

	Acknowledging(Posts posts, DatabaseClient database, ReactiveTransactionManager transactions,
			ObjectProvider<LiveEvents> live, Clock clock) {
		this.posts = posts;
		this.database = database;
		this.transaction = TransactionalOperator.create(transactions);
		this.live = live;
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
			.flatMap((access) -> this.transaction.transactional(record(postId, viewer.personId())));
	}

	private Mono<Instant> record(UUID postId, UUID personId) {
		return this.database.sql(ACKNOWLEDGE)
			.bind("postId", postId)
			.bind("personId", personId)
			.bind("now", this.clock.instant())
			.map((row) -> new Recorded(row.get("acknowledged_at", Instant.class),
					Boolean.TRUE.equals(row.get("created", Boolean.class))))
			.one()
			.flatMap((recorded) -> recorded.created() ? progress(postId).thenReturn(recorded.at())
					: Mono.just(recorded.at()));
	}

	private Mono<Long> progress(UUID postId) {
		LiveEvents events = this.live.getIfAvailable();
		if (events == null) {
			return Mono.empty();
		}
		return this.database.sql(PROGRESS)
			.bind("postId", postId)
			.map((row) -> Map.<String, Object>of("postId", postId, "audience",
					((Number) row.get("audience")).longValue(), "acknowledged",
					((Number) row.get("acknowledged")).longValue()))
			.one()
			.flatMap((payload) -> events
				.publish(LiveEvent.of(AcknowledgementTopics.PREFIX + postId, "acknowledgement.progress", payload)));
	}

	private record Recorded(Instant at, boolean created) {
	}
}
