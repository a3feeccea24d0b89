package se.budkavle.comments;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Writes a comment as if its author had written it, without the thread's rules (reading rights, lock, rate limit)
 * and without live events or notifications: for modules that seed content, such as the demo's sample dialogue.
 */
@Component
public class SeededComments {

	private final CommentStore store;

	SeededComments(CommentStore store) {
		this.store = store;
	}

	/**
	 * Writes a top-level comment.
	 * @param postId the post
	 * @param authorId who wrote it
	 * @param body the text
	 * @param at when it was written
	 * @return the comment's id
	 */
	public Mono<UUID> write(UUID postId, UUID authorId, String body, Instant at) {
		return this.store.insert(postId, null, authorId, body, at);
	}
}
