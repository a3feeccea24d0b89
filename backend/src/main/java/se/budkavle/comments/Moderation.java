package se.budkavle.comments;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;
import se.budkavle.identity.Viewer;
import se.budkavle.records.Audit;

/**
 * Hiding and restoring comments and locking threads, by the post's author, managers of its targets (or above),
 * communicators and admins. Hidden comments keep their content; every action is a row of its own.
 */
@Service
class Moderation {

	private final ThreadGate gate;

	private final CommentStore store;

	private final CommentThreads threads;

	private final CommentEvents events;

	private final Clock clock;

	private final TransactionalOperator transaction;

	private final Audit audit;

	Moderation(ThreadGate gate, CommentStore store, CommentThreads threads, CommentEvents events, Clock clock,
			ReactiveTransactionManager transactions, Audit audit) {
		this.gate = gate;
		this.store = store;
		this.threads = threads;
		this.events = events;
		this.clock = clock;
		this.transaction = TransactionalOperator.create(transactions);
		this.audit = audit;
	}

	/**
	 * Hides or restores a comment. Restoring a visible comment records that a moderator kept it and closes its
	 * reports; hiding a hidden comment changes nothing.
	 */
	Mono<CommentView> moderate(UUID commentId, Viewer viewer, ModerationAction action, String reason) {
		return Mono.fromRunnable(() -> CommentRules.requireReason(reason))
			.then(this.gate.comment(commentId, viewer))
			.flatMap((entry) -> {
				entry.thread().requireModerator();
				return this.store.lockedComment(commentId)
					.flatMap((comment) -> apply(comment, viewer, action, reason.strip()))
					.then(this.store.comment(commentId))
					.flatMap((comment) -> this.threads.one(entry.thread(), comment));
			})
			.as(this.transaction::transactional);
	}

	Mono<ThreadLock> lock(UUID postId, Viewer viewer, boolean locked) {
		return this.gate.post(postId, viewer).flatMap((thread) -> {
			thread.requireModerator();
			return this.store.lockThread(postId, locked, viewer.personId(), now())
				.then(this.audit.record(viewer.personId(), locked ? "thread.locked" : "thread.unlocked",
						"post:" + postId, null))
				.thenReturn(new ThreadLock(postId, locked));
		}).as(this.transaction::transactional);
	}

	private Mono<Void> apply(CommentRow comment, Viewer viewer, ModerationAction action, String reason) {
		if (comment.state() == CommentState.DELETED) {
			return Mono.error(CommentConflict.unavailable());
		}
		if (action == ModerationAction.HIDE && comment.state() == CommentState.HIDDEN) {
			return Mono.empty();
		}
		Mono<Void> record = this.store.moderate(comment.id(), action, reason, viewer.personId(), now())
			.then(this.audit.record(viewer.personId(),
					(action == ModerationAction.HIDE) ? "comment.hidden" : "comment.restored", "comment:" + comment.id(),
					reason));
		if (comment.state() == action.leadsTo()) {
			return record;
		}
		return (action == ModerationAction.HIDE)
				? record.then(this.events.commentChanged(comment, CommentEvents.HIDDEN, -1))
				: record.then(this.events.commentChanged(comment, CommentEvents.RESTORED, 1));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * Whether a thread takes new comments.
	 *
	 * @param postId the post
	 * @param locked whether it is locked
	 */
	record ThreadLock(UUID postId, boolean locked) {
	}
}
