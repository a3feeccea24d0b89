package se.budkavle.acknowledgement;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import se.budkavle.live.LiveEvent;
import se.budkavle.live.LiveEvents;

/**
 * Announces that a post's acknowledgement progress changed, once its acknowledgements have committed and at most once
 * per {@code progress-interval} per post, so an acknowledgement itself stays one insert and a crowd confirming a crisis
 * message at once does not queue on the event log.
 * <p>
 * The announcement carries no figures, only the post's id: what a subscriber may see depends on who they are (a
 * manager sees only the units they lead, with small groups suppressed), while one event goes to every subscriber of
 * the topic. The widget fetches the progress over HTTP, which scopes it to the reader exactly.
 */
@Component
class ProgressAnnouncements implements DisposableBean {

	private static final Log logger = LogFactory.getLog(ProgressAnnouncements.class);

	private final Map<UUID, Boolean> due = new ConcurrentHashMap<>();

	// Waits out the intervals; disposing it on shutdown drops the announcements still waiting.
	private final Scheduler timer = Schedulers.newSingle("acknowledgement-progress", true);

	private final ObjectProvider<LiveEvents> live;

	private final AcknowledgementProperties properties;

	ProgressAnnouncements(ObjectProvider<LiveEvents> live, AcknowledgementProperties properties) {
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
		return events.publish(LiveEvent.of(AcknowledgementTopics.PREFIX + postId, AcknowledgementTopics.PROGRESS,
				Map.<String, Object>of("postId", postId)));
	}

	@Override
	public void destroy() {
		this.timer.dispose();
	}
}
