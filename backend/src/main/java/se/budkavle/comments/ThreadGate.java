package se.budkavle.comments;

import java.util.UUID;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import se.budkavle.identity.Viewer;
import se.budkavle.news.PostAccess;
import se.budkavle.news.Posts;

/**
 * Lets only the post's audience and those privileged on it into a thread; everyone else learns nothing, not even
 * whether the post or comment exists.
 */
@Component
class ThreadGate {

	private final Posts posts;

	private final CommentStore store;

	ThreadGate(Posts posts, CommentStore store) {
		this.posts = posts;
		this.store = store;
	}

	Mono<ThreadViewer> post(UUID postId, Viewer viewer) {
		return readable(postId, viewer).switchIfEmpty(Mono.error(() -> new PostNotFound(postId)));
	}

	/** The comment with its thread's viewer, or {@link CommentNotFound} when either is out of the viewer's sight. */
	Mono<Entry> comment(UUID commentId, Viewer viewer) {
		return this.store.comment(commentId)
			.flatMap((comment) -> readable(comment.postId(), viewer).map((thread) -> new Entry(thread, comment)))
			.switchIfEmpty(Mono.error(() -> new CommentNotFound(commentId)));
	}

	private Mono<ThreadViewer> readable(UUID postId, Viewer viewer) {
		return this.posts.access(postId, viewer)
			.filter(PostAccess::canRead)
			.map((access) -> new ThreadViewer(access, viewer));
	}

	/** A comment as seen by a viewer of its thread. */
	record Entry(ThreadViewer thread, CommentRow comment) {
	}
}
