package se.budkavle.news;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.delivery.Announcement;
import se.budkavle.delivery.DeepLinks;
import se.budkavle.delivery.Notifier;
import se.budkavle.live.LiveEvent;
import se.budkavle.live.LiveEvents;

/**
 * What else happens, in the same transaction, when a post is published, edited or withdrawn: live events for the
 * feeds and the open post, and an announcement of important posts through every delivery channel.
 */
@Component
class PublicationHooks {

	static final String FEED = "feed";

	private static final String IMPORTANT = """
			select p.title, p.excerpt, array(select t.unit_id from post_target t where t.post_id = p.id) as units
			from post p where p.id = :postId and p.priority = 'IMPORTANT'""";

	private final LiveEvents live;

	private final Notifier notifier;

	private final DatabaseClient database;

	private final DeepLinks links;

	PublicationHooks(LiveEvents live, Notifier notifier, DatabaseClient database, DeepLinks links) {
		this.links = links;
		this.live = live;
		this.notifier = notifier;
		this.database = database;
	}

	Mono<Void> published(UUID postId) {
		return announceIfImportant(postId).then(event(FEED, NewsTopics.POST_PUBLISHED, postId));
	}

	Mono<Void> updated(UUID postId) {
		return event(FEED, NewsTopics.POST_UPDATED, postId).then(event(topic(postId), NewsTopics.POST_UPDATED, postId));
	}

	Mono<Void> withdrawn(UUID postId) {
		return event(FEED, NewsTopics.POST_WITHDRAWN, postId)
			.then(event(topic(postId), NewsTopics.POST_WITHDRAWN, postId));
	}

	static String topic(UUID postId) {
		return "post:" + postId;
	}

	private Mono<Void> event(String topic, String type, UUID postId) {
		return this.live.publish(LiveEvent.of(topic, type, Map.of("postId", postId.toString()))).then();
	}

	private Mono<Void> announceIfImportant(UUID postId) {
		return this.database.sql(IMPORTANT)
			.bind("postId", postId)
			.map((row) -> new Announcement(postId, row.get("title", String.class), row.get("excerpt", String.class),
					this.links.post(postId), List.of(row.get("units", UUID[].class))))
			.one()
			.flatMap(this.notifier::announce);
	}
}
