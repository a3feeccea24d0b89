package se.budkavle.comments;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import se.budkavle.platform.Cursor;

/**
 * Reads threads as one viewer may see them: a page of roots with their replies, reaction counts and permissions.
 */
@Component
class CommentThreads {

	private final CommentStore store;

	private final CommentsProperties properties;

	private final Clock clock;

	CommentThreads(CommentStore store, CommentsProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	Mono<ThreadPage> page(ThreadViewer thread, String after, int limit) {
		UUID afterId = (after != null) ? Cursor.parse(after, 1).uuid(0) : null;
		return this.store.roots(thread.postId(), afterId, limit + 1)
			.collectList()
			.flatMap((found) -> this.store.locked(thread.postId()).flatMap((locked) -> {
				List<CommentRow> roots = found.subList(0, Math.min(limit, found.size()));
				String next = (found.size() > limit) ? Cursor.of(roots.get(limit - 1).id().toString()).token() : null;
				return views(thread, roots, locked).map((items) -> new ThreadPage(thread.postId(), items, next, locked,
						thread.post().commentsEnabled(),
						new ThreadPage.Permissions(thread.open() && !locked, thread.moderator())));
			}));
	}

	/** One comment (a root with its replies) as the viewer sees it. */
	Mono<CommentView> one(ThreadViewer thread, CommentRow comment) {
		if (comment.parentId() != null) {
			return this.store.locked(thread.postId())
				.flatMap((locked) -> details(thread, List.of(comment))
					.map((details) -> view(thread, comment, details, locked, null)));
		}
		return this.store.locked(thread.postId())
			.flatMap((locked) -> views(thread, List.of(comment), locked))
			.map((views) -> views.get(0));
	}

	private Mono<List<CommentView>> views(ThreadViewer thread, List<CommentRow> roots, boolean locked) {
		if (roots.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.store.replies(roots.stream().map(CommentRow::id).toList()).collectList().flatMap((replies) -> {
			List<CommentRow> all = Stream.concat(roots.stream(), replies.stream()).toList();
			return details(thread, all).map((details) -> {
				Map<UUID, List<CommentRow>> byRoot = replies.stream()
					.collect(Collectors.groupingBy(CommentRow::parentId));
				List<CommentView> views = new ArrayList<>();
				for (CommentRow root : roots) {
					List<CommentView> nested = byRoot.getOrDefault(root.id(), List.of())
						.stream()
						.map((reply) -> view(thread, reply, details, locked, null))
						.toList();
					views.add(view(thread, root, details, locked, nested));
				}
				return views;
			});
		});
	}

	private Mono<Details> details(ThreadViewer thread, List<CommentRow> comments) {
		List<UUID> ids = comments.stream().map(CommentRow::id).toList();
		// One query after the other: in a write's transaction both run on its one connection (never two at once).
		return this.store.reactions(ids, thread.personId())
			.collect(Collectors.groupingBy(ReactionCount.Row::commentId))
			.flatMap((reactions) -> this.store.reportedBy(ids, thread.personId())
				.collect(Collectors.toSet())
				.map((reported) -> new Details(reactions, reported)));
	}

	private CommentView view(ThreadViewer thread, CommentRow comment, Details details, boolean locked,
			List<CommentView> replies) {
		boolean visible = comment.visible();
		boolean shown = visible || (comment.state() == CommentState.HIDDEN && thread.moderator());
		boolean mine = comment.writtenBy(thread.personId());
		var editableUntil = comment.createdAt().plus(this.properties.editWindow());
		var permissions = new CommentView.Permissions(visible && thread.open() && !locked && replies != null,
				mine && visible && thread.open() && this.clock.instant().isBefore(editableUntil), mine && visible,
				visible && thread.open(), visible && !mine,
				thread.moderator() && comment.state() != CommentState.DELETED);
		var author = new CommentView.Author(comment.authorId(), comment.authorName(), comment.authorTitle());
		return new CommentView(comment.id(), comment.postId(), comment.parentId(), comment.state(),
				shown ? author : null, shown ? comment.body() : null,
				shown ? CommentText.html(comment.body()) : null, comment.version(), comment.createdAt(),
				visible ? comment.editedAt() : null, editableUntil,
				visible ? ReactionCount.all(details.reactions().getOrDefault(comment.id(), List.of())) : List.of(),
				details.reported().contains(comment.id()), moderation(thread, comment), permissions, replies);
	}

	private static CommentView.Moderation moderation(ThreadViewer thread, CommentRow comment) {
		if (!thread.moderator() || comment.moderatedAt() == null) {
			return null;
		}
		var action = (comment.state() == CommentState.HIDDEN) ? ModerationAction.HIDE : ModerationAction.RESTORE;
		return new CommentView.Moderation(action, comment.moderationReason(),
				new CommentView.Author(comment.moderatedBy(), comment.moderatorName(), null), comment.moderatedAt());
	}

	private record Details(Map<UUID, List<ReactionCount.Row>> reactions, Set<UUID> reported) {
	}
}
