package se.budkavle.acknowledgement;

import java.util.Collection;
import java.util.UUID;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;
import se.budkavle.live.LiveEvent;
import se.budkavle.live.TopicPolicy;
import se.budkavle.news.PostAccess;
import se.budkavle.news.Posts;

/**
 * Who may follow {@code acknowledgements:<postId>}: those who see the post's whole progress per unit — its author,
 * HR, admins and the managers of a targeted unit or one above it.
 */
@Component
class AcknowledgementTopics implements TopicPolicy {

	static final String PREFIX = "acknowledgements:";

	/** New acknowledgements were made on the post; carries only {@code postId}. */
	static final String PROGRESS = "acknowledgement.progress";

	private final Posts posts;

	AcknowledgementTopics(Posts posts) {
		this.posts = posts;
	}

	@Override
	public boolean handles(String topic) {
		return topic.startsWith(PREFIX);
	}

	@Override
	public Mono<Boolean> maySubscribe(Viewer viewer, String topic) {
		UUID postId;
		try {
			postId = UUID.fromString(topic.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			return Mono.just(false);
		}
		return this.posts.access(postId, viewer)
			.map(AcknowledgementTopics::followsProgress)
			.defaultIfEmpty(false);
	}

	/**
	 * Everyone whose subscription was allowed: the payload holds only counts, and HR and admin rights come from
	 * tokens, which only the subscription check sees.
	 */
	@Override
	public Flux<UUID> mayReceive(LiveEvent event, Collection<UUID> personIds) {
		return Flux.fromIterable(personIds);
	}

	static boolean followsProgress(PostAccess access) {
		return access.acknowledgementRequired() && (Scope.seesWholeAudience(access) || access.managesTarget());
	}
}
