package se.budkavle.acknowledgement;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import se.budkavle.live.LiveEvent;
import se.budkavle.live.LiveEvents;

/**
 * Announces a post's acknowledgement progress live once its acknowledgements have committed, at most once per
 * {@code progress-interval} per post: the announcement carries the totals, so it covers every acknowledgement before
 * it. An acknowledgement itself stays one insert, and a crowd confirming a crisis message at once does not queue on the
 * event log.
 */
@Component
class ProgressAnnouncements implements DisposableBean {

	private static final Log logger = LogFactory.getLog(ProgressAnnouncements.class);

	private static final String PROGRESS = """
			select coalesce((select audience_size from post where id = :postId),
			                (select count(*) from post_audience where post_id = :postId)) as audience,
			       (select count(*) from acknowledgement where post_id = :postId) as acknowledged""";

	private final Map<UUID, Boolean> due = new ConcurrentHashMap<>();

	// Waits out the intervals; disposing it on shutdown drops the announcements still waiting.
	private final Scheduler timer = Schedulers.newSingle("acknowledgement-progress", true);

	private final DatabaseClient database;

	private final ObjectProvider<LiveEvents> live;

	private final AcknowledgementProperties properties;

	ProgressAnnouncements(DatabaseClient database, ObjectProvider<LiveEvents> live,
			AcknowledgementProperties properties) {
		this.database = database;
		this.live = live;
		this.properties = properties;
	}

	/** A new acknowledgement of the post has committed: its progress is announced within the interval. */
	void acknowledged(UUID postId) {
		LiveEvents events = this.live.getIfAvailable();
		if (events == null || this.due.putIfAbsent(postId, Boolean.TRUE) != null) {
			return;
		}
		// The one place this module subscribes itself: the announcement outlives the request that caused it. The
		// post leaves "due" before the totals are read, so an acknowledgement committed after the read schedules the
		// next announcement.
		Mono.delay(this.properties.progressInterval(), this.timer)
			.then(Mono.defer(() -> {
				this.due.remove(postId);
				return announce(events, postId);
			}))
			.subscribe(null, (ex) -> logger.warn("Could not announce the acknowledgement progress of " + postId, ex));
	}

	private Mono<Long> announce(LiveEvents events, UUID postId) {
		return this.database.sql(PROGRESS)
			.bind("postId", postId)
			.map((row) -> Map.<String, Object>of("postId", postId, "audience",
					((Number) row.get("audience")).longValue(), "acknowledged",
					((Number) row.get("acknowledged")).longValue()))
			.one()
			.flatMap((payload) -> events
				.publish(LiveEvent.of(AcknowledgementTopics.PREFIX + postId, "acknowledgement.progress", payload)));
	}

	@Override
	public void destroy() {
		this.timer.dispose();
	}
}
