package se.budkavle.comments;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import se.budkavle.live.LiveEvent;
import se.budkavle.live.LiveEvents;
import se.budkavle.news.Posts;

/**
 * Tells the post (its comment count) and live subscribers of {@code post:{id}} about a change, in the caller's
 * transaction. Payloads carry ids and counts only, never a body, so a hidden comment cannot leak through them; clients
 * read the thread again and get what they may see.
 */
@Component
class CommentEvents {

	static final String CREATED = "comment.created";

	static final String UPDATED = "comment.updated";

	static final String DELETED = "comment.deleted";

	static final String HIDDEN = "comment.hidden";

	static final String RESTORED = "comment.restored";

	static final String REACTION_CHANGED = "reaction.changed";

	private final Posts posts;

	private final LiveEvents live;

	CommentEvents(Posts posts, LiveEvents live) {
		this.posts = posts;
		this.live = live;
	}

	static String topic(UUID postId) {
		return "post:" + postId;
	}

	/**
	 * A comment changed.
	 * @param comment the comment (before or after the change: only ids are used)
	 * @param type one of the {@code comment.*} types
	 * @param countDelta how the post's count of visible comments changed
	 */
	Mono<Void> commentChanged(CommentRow comment, String type, int countDelta) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("postId", comment.postId().toString());
		payload.put("commentId", comment.id().toString());
		if (comment.parentId() != null) {
			payload.put("replyTo", comment.parentId().toString());
		}
		Mono<Void> count = (countDelta != 0) ? this.posts.commentCountChanged(comment.postId(), countDelta)
				: Mono.empty();
		return count.then(publish(comment.postId(), type, payload));
	}

	/** The reaction counts of a comment changed. */
	Mono<Void> reactionsChanged(CommentRow comment, List<ReactionCount> reactions) {
		Map<String, Object> counts = new LinkedHashMap<>();
		Arrays.stream(ReactionKind.values())
			.forEach((kind) -> counts.put(kind.name(), reactions.stream()
				.filter((reaction) -> reaction.kind() == kind)
				.mapToLong(ReactionCount::count)
				.sum()));
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("postId", comment.postId().toString());
		payload.put("commentId", comment.id().toString());
		payload.put("reactions", counts);
		return publish(comment.postId(), REACTION_CHANGED, payload);
	}

	private Mono<Void> publish(UUID postId, String type, Map<String, Object> payload) {
		return this.live.publish(new LiveEvent(topic(postId), type, payload, Set.of())).then();
	}
}
