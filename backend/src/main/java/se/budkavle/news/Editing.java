package se.budkavle.news;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;
import se.budkavle.records.Audit;

/**
 * Edits and withdraws posts. An edit names the version it changes and keeps a revision; a withdrawal keeps the post
 * with who withdrew it, when and why. The audience and targets never change.
 */
@Component
class Editing {

	private static final int MAX_REASON = 2000;

	private static final String CURRENT = "select status, publish_at from post where id = :postId";

	private static final String UPDATE = """
			update post set title = :title, body_markdown = :body, body_html = :html, excerpt = :excerpt,
			       priority = :priority, language = :language, comments_enabled = :comments,
			       ack_required = :ackRequired, ack_deadline = :ackDeadline, publish_at = :publishAt,
			       expires_at = :expiresAt, version = version + 1, updated_at = :now
			where id = :postId and version = :version and status <> 'WITHDRAWN'
			returning version""";

	private static final String WITHDRAW = """
			update post set status = 'WITHDRAWN', withdrawn_at = :now, withdrawn_by = :by, withdrawal_reason = :reason,
			       updated_at = :now
			where id = :postId and status <> 'WITHDRAWN'""";

	private final Reading reading;

	private final PostViews views;

	private final Markdown markdown;

	private final PublicationHooks hooks;

	private final DatabaseClient database;

	private final TransactionalOperator transaction;

	private final Clock clock;

	private final Audit audit;

	Editing(Reading reading, PostViews views, Markdown markdown, PublicationHooks hooks, DatabaseClient database,
			ReactiveTransactionManager transactionManager, Clock clock, Audit audit) {
		this.reading = reading;
		this.views = views;
		this.markdown = markdown;
		this.hooks = hooks;
		this.database = database;
		this.transaction = TransactionalOperator.create(transactionManager);
		this.clock = clock;
		this.audit = audit;
	}

	Mono<PostView> edit(UUID postId, Viewer viewer, String ifMatch, PostRequest request) {
		return this.reading.readable(postId, viewer)
			.flatMap((access) -> mayEdit(access)
				.then(Mono.defer(() -> update(access, viewer, version(postId, ifMatch), request))))
			.as(this.transaction::transactional)
			.flatMap((access) -> this.reading.readable(postId, viewer))
			.flatMap((access) -> this.views.view(access, viewer.personId()));
	}

	Mono<PostView> withdraw(UUID postId, Viewer viewer, String reason) {
		return this.reading.readable(postId, viewer)
			.flatMap((access) -> mayWithdraw(access).then(Mono.defer(() -> withdraw(access, viewer, reason))))
			.as(this.transaction::transactional)
			.flatMap((access) -> this.reading.readable(postId, viewer))
			.flatMap((access) -> this.views.view(access, viewer.personId()));
	}

	private static Mono<Void> mayEdit(PostAccess access) {
		if (access.status() == PostStatus.WITHDRAWN) {
			return Mono.error(new PostWithdrawn(access.postId()));
		}
		return Permissions.of(access).edit() ? Mono.empty()
				: Mono.error(new NotAllowed("Only the author, communicators and admins may edit a post"));
	}

	private static Mono<Void> mayWithdraw(PostAccess access) {
		if (access.status() == PostStatus.WITHDRAWN) {
			return Mono.error(new PostWithdrawn(access.postId()));
		}
		return Permissions.of(access).withdraw() ? Mono.empty() : Mono.error(new NotAllowed(
				"Only the author, managers of the targeted units, communicators and admins may withdraw a post"));
	}

	private Mono<PostAccess> update(PostAccess access, Viewer viewer, int version, PostRequest request) {
		Instant now = this.clock.instant();
		return publishAt(access.postId(), request, now).flatMap((publishAt) -> {
			PostRules.check(request, publishAt, false);
			Markdown.Rendered rendered = this.markdown.render(request.body());
			var spec = PostColumns.bind(
					this.database.sql(UPDATE).bind("postId", access.postId()).bind("version", version), request,
					rendered, publishAt, now);
			return spec.map((row) -> row.get(0, Integer.class))
				.one()
				.switchIfEmpty(Mono.error(() -> new VersionConflict(access.postId(), String.valueOf(version))))
				.then(revision(access.postId(), viewer, now))
				.then(this.hooks.updated(access.postId()))
				.thenReturn(access);
		});
	}

	/** A scheduled post may move to another future time; a published one keeps its publication time. */
	private Mono<Instant> publishAt(UUID postId, PostRequest request, Instant now) {
		return this.database.sql(CURRENT).bind("postId", postId).map((row) -> {
			Instant stored = row.get("publish_at", Instant.class);
			boolean scheduled = PostStatus.SCHEDULED.name().equals(row.get("status", String.class));
			return (scheduled && request.publishAt() != null && request.publishAt().isAfter(now)) ? request.publishAt()
					: stored;
		}).one();
	}

	private Mono<Void> revision(UUID postId, Viewer viewer, Instant now) {
		return this.database.sql(Authoring.INSERT_REVISION)
			.bind("postId", postId)
			.bind("editedBy", viewer.personId())
			.bind("editedAt", now)
			.then();
	}

	private Mono<PostAccess> withdraw(PostAccess access, Viewer viewer, String reason) {
		if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
			return Mono.error(new InvalidPost(java.util.List.of(new InvalidPost.FieldError("reason",
					"must say why, in at most " + MAX_REASON + " characters"))));
		}
		return this.database.sql(WITHDRAW)
			.bind("postId", access.postId())
			.bind("now", this.clock.instant())
			.bind("by", viewer.personId())
			.bind("reason", reason.strip())
			.fetch()
			.rowsUpdated()
			.flatMap((rows) -> (rows == 0) ? Mono.error(new PostWithdrawn(access.postId()))
					: this.hooks.withdrawn(access.postId())
						.then(this.audit.record(viewer.personId(), "post.withdrawn", "post:" + access.postId(),
								reason.strip()))
						.thenReturn(access));
	}

	/**
	 * The version an {@code If-Match} names: {@code "3"}, {@code W/"3"} or {@code 3}.
	 * @throws PreconditionRequired when there is none
	 * @throws VersionConflict when it names no version
	 */
	static int version(UUID postId, String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequired();
		}
		String value = ifMatch.strip();
		value = value.startsWith("W/") ? value.substring(2) : value;
		value = value.replace("\"", "");
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new VersionConflict(postId, ifMatch);
		}
	}
}
