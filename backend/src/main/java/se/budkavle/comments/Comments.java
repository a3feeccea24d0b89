package se.budkavle.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;
import se.budkavle.identity.Viewer;

/**
 * Writes to threads: comments, replies, edits, deletion, reactions and reports, each checked against what the viewer
 * may do and applied with its count change and live event in one transaction.
 */
@Service
class Comments {

	private final ThreadGate gate;

	private final CommentStore store;

	private final CommentThreads threads;

	private final CommentEvents events;

	private final CommentsProperties properties;

	private final Clock clock;

	private final TransactionalOperator transaction;

	Comments(ThreadGate gate, CommentStore store, CommentThreads threads, CommentEvents events,
			CommentsProperties properties, Clock clock, ReactiveTransactionManager transactions) {
		this.gate = gate;
		this.store = store;
		this.threads = threads;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
		this.transaction = TransactionalOperator.create(transactions);
	}

	Mono<CommentView> create(UUID postId, Viewer viewer, String body, UUID replyTo) {
		return Mono.fromRunnable(() -> CommentRules.requireBody(body)).then(this.gate.post(postId, viewer)).flatMap((thread) -> {
			thread.requireOpen();
			return this.store.locked(postId)
				.flatMap((locked) -> locked ? Mono.error(CommentConflict::threadLocked) : root(thread, replyTo))
				.flatMap((root) -> write(thread, root.orElse(null), body))
				.flatMap((comment) -> this.events.commentChanged(comment, CommentEvents.CREATED, 1)
					.then(this.threads.one(thread, comment)));
		}).as(this.transaction::transactional);
	}

	Mono<CommentView> edit(UUID commentId, Viewer viewer, String body, Integer expectedVersion) {
		return Mono.fromRunnable(() -> CommentRules.requireBody(body)).then(this.gate.comment(commentId, viewer)).flatMap((entry) -> {
			requireAuthor(entry, "edit");
			entry.thread().requireOpen();
			return unlockedComment(commentId).flatMap((comment) -> {
				requireVisible(comment);
				if (!now().isBefore(comment.createdAt().plus(this.properties.editWindow()))) {
					throw CommentConflict.editWindowClosed();
				}
				if (expectedVersion != null && expectedVersion != comment.version()) {
					throw new VersionConflict(expectedVersion, comment.version());
				}
				Mono<Void> change = comment.body().equals(body) ? Mono.empty()
						: this.store.edit(commentId, comment.version() + 1, body, now())
							.then(this.events.commentChanged(comment, CommentEvents.UPDATED, 0));
				return change.then(this.store.comment(commentId))
					.flatMap((edited) -> this.threads.one(entry.thread(), edited));
			});
		}).as(this.transaction::transactional);
	}

	/** The comment, row-locked for the edit, unless a moderator has locked its thread (which ends editing too). */
	private Mono<CommentRow> unlockedComment(UUID commentId) {
		return this.store.lockedComment(commentId)
			.flatMap((comment) -> this.store.locked(comment.postId())
				.flatMap((locked) -> locked ? Mono.error(CommentConflict::threadLocked) : Mono.just(comment)));
	}

	Mono<Void> delete(UUID commentId, Viewer viewer) {
		return this.gate.comment(commentId, viewer).flatMap((entry) -> {
			requireAuthor(entry, "delete");
			return this.store.lockedComment(commentId).flatMap((comment) -> switch (comment.state()) {
				case DELETED -> Mono.<Void>empty();
				case HIDDEN -> Mono.<Void>error(CommentConflict.unavailable());
				case VISIBLE -> this.store.delete(commentId, now())
					.then(this.events.commentChanged(comment, CommentEvents.DELETED, -1));
			});
		}).as(this.transaction::transactional);
	}

	Mono<List<ReactionCount>> react(UUID commentId, Viewer viewer, ReactionKind kind, boolean given) {
		return this.gate.comment(commentId, viewer).flatMap((entry) -> {
			if (given) {
				entry.thread().requireOpen();
				requireVisible(entry.comment());
			}
			UUID me = viewer.personId();
			Mono<Boolean> changed = given ? this.store.react(commentId, me, kind, now())
					: this.store.unreact(commentId, me, kind);
			return changed.flatMap((change) -> reactions(commentId, me).flatMap((counts) -> change
					? this.events.reactionsChanged(entry.comment(), counts).thenReturn(counts) : Mono.just(counts)));
		}).as(this.transaction::transactional);
	}

	Mono<Void> report(UUID commentId, Viewer viewer, String reason) {
		return Mono.fromRunnable(() -> CommentRules.requireReason(reason)).then(this.gate.comment(commentId, viewer)).flatMap((entry) -> {
			requireVisible(entry.comment());
			if (entry.comment().writtenBy(viewer.personId())) {
				throw new CommentForbidden("You cannot report your own comment; delete or edit it instead.");
			}
			return this.store.report(commentId, viewer.personId(), reason.strip(), now()).then();
		}).as(this.transaction::transactional);
	}

	private Mono<Optional<UUID>> root(ThreadViewer thread, UUID replyTo) {
		if (replyTo == null) {
			return Mono.just(Optional.empty());
		}
		return this.store.comment(replyTo)
			.filter((parent) -> parent.postId().equals(thread.postId()))
			.switchIfEmpty(Mono.error(() -> new InvalidComment("replyTo", "is not a comment on this post")))
			.map((parent) -> {
				requireVisible(parent);
				return Optional.of(parent.rootId());
			});
	}

	private Mono<CommentRow> write(ThreadViewer thread, UUID rootId, String body) {
		UUID me = thread.personId();
		Instant now = now();
		return this.store.lockAuthor(me)
			.then(this.store.recent(me, now.minus(this.properties.ratePeriod())))
			.flatMap((recent) -> {
				if (recent.count() >= this.properties.rateLimit()) {
					throw new TooManyComments(this.properties.rateLimit(), retryAfter(recent.first(), now));
				}
				return this.store.insert(thread.postId(), rootId, me, body, now);
			})
			.flatMap(this.store::comment);
	}

	private Duration retryAfter(Instant first, Instant now) {
		long millis = Duration.between(now, first.plus(this.properties.ratePeriod())).toMillis();
		return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
	}

	private Mono<List<ReactionCount>> reactions(UUID commentId, UUID viewerId) {
		return this.store.reactions(List.of(commentId), viewerId).collectList().map(ReactionCount::all);
	}

	private static void requireAuthor(ThreadGate.Entry entry, String what) {
		if (!entry.comment().writtenBy(entry.thread().personId())) {
			throw new CommentForbidden("Only the comment's author may " + what + " it.");
		}
	}

	static void requireVisible(CommentRow comment) {
		if (!comment.visible()) {
			throw CommentConflict.unavailable();
		}
	}

	/** Now, to the microsecond PostgreSQL keeps, so that what is written compares equal to what is read. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
