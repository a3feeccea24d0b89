package se.budkavle.news;

import java.time.Clock;
import java.util.Collection;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;
import se.budkavle.live.LiveEvent;
import se.budkavle.live.TopicPolicy;

/**
 * Who follows news live: everyone signed in may follow their {@code feed}, which delivers a post's events to its
 * audience only; {@code post:<id>} is open to those who may read the post, and delivers to its audience, its author
 * and the managers of its targets. The audience hears of a post only while it may read it over HTTP (published and
 * not expired), except that it is told of a withdrawal, as its feed over HTTP then drops the post.
 */
@Component
class NewsTopics implements TopicPolicy {

	/** On {@code feed}: a post was published to its audience. */
	static final String POST_PUBLISHED = "post.published";

	/** On {@code feed} and {@code post:<id>}: a post was edited. */
	static final String POST_UPDATED = "post.updated";

	/** On {@code feed} and {@code post:<id>}: a post was withdrawn. */
	static final String POST_WITHDRAWN = "post.withdrawn";

	private static final String POST_PREFIX = "post:";

	/** The post is one its audience may read now, or the event tells them it is gone. */
	private static final String AUDIENCE_MAY_KNOW = """
			exists (select 1 from post p where p.id = :postId
			        and (:withdrawal or (p.status = 'PUBLISHED' and (p.expires_at is null or p.expires_at > :now))))""";

	private static final String AUDIENCE = """
			select a.person_id from post_audience a where a.post_id = :postId and a.person_id = any(:people)
			and %s""".formatted(AUDIENCE_MAY_KNOW);

	private static final String FOLLOWERS = """
			select x.id from unnest(:people) as x(id)
			where (exists (select 1 from post_audience a where a.post_id = :postId and a.person_id = x.id) and %s)
			   or exists (select 1 from post p where p.id = :postId and p.author_id = x.id)
			   or exists (select 1 from post_target t
			              join org_unit_subtree c on c.descendant_id = t.unit_id
			              join org_unit_manager um on um.unit_id = c.ancestor_id
			              where t.post_id = :postId and um.person_id = x.id)""".formatted(AUDIENCE_MAY_KNOW);

	private final Posts posts;

	private final DatabaseClient database;

	private final Clock clock;

	NewsTopics(Posts posts, DatabaseClient database, Clock clock) {
		this.posts = posts;
		this.database = database;
		this.clock = clock;
	}

	@Override
	public boolean handles(String topic) {
		return PublicationHooks.FEED.equals(topic) || topic.startsWith(POST_PREFIX);
	}

	@Override
	public Mono<Boolean> maySubscribe(Viewer viewer, String topic) {
		if (PublicationHooks.FEED.equals(topic)) {
			return Mono.just(true);
		}
		UUID postId = postId(topic);
		return (postId != null) ? this.posts.access(postId, viewer).hasElement() : Mono.just(false);
	}

	@Override
	public Flux<UUID> mayReceive(LiveEvent event, Collection<UUID> personIds) {
		UUID postId = PublicationHooks.FEED.equals(event.topic()) ? payloadPostId(event) : postId(event.topic());
		if (postId == null || personIds.isEmpty()) {
			return Flux.empty();
		}
		return this.database.sql(PublicationHooks.FEED.equals(event.topic()) ? AUDIENCE : FOLLOWERS)
			.bind("postId", postId)
			.bind("people", personIds.toArray(UUID[]::new))
			.bind("withdrawal", POST_WITHDRAWN.equals(event.type()))
			.bind("now", this.clock.instant())
			.map((row) -> row.get(0, UUID.class))
			.all();
	}

	private static UUID postId(String topic) {
		return topic.startsWith(POST_PREFIX) ? uuid(topic.substring(POST_PREFIX.length())) : null;
	}

	private static UUID payloadPostId(LiveEvent event) {
		Object value = event.payload().get("postId");
		return (value != null) ? uuid(value.toString()) : null;
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
