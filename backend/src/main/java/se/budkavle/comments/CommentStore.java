package se.budkavle.comments;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads and writes comments and everything hanging off them, in plain indexed SQL.
 */
@Component
class CommentStore {

	private final DatabaseClient database;

	CommentStore(DatabaseClient database) {
		this.database = database;
	}

	Mono<CommentRow> comment(UUID id) {
		return this.database.sql(CommentRow.SELECT + "where c.id = :id").bind("id", id).map(CommentRow::of).one();
	}

	/** The same comment, its row locked for the rest of the transaction so concurrent changes queue up. */
	Mono<CommentRow> lockedComment(UUID id) {
		return this.database.sql("select id from comment where id = :id for update")
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.then(comment(id));
	}

	Flux<CommentRow> roots(UUID postId, UUID after, int limit) {
		String page = (after != null)
				? "and (c.created_at, c.id) > (select created_at, id from comment where id = :after and post_id = :post) "
				: "";
		var spec = this.database
			.sql(CommentRow.SELECT + "where c.post_id = :post and c.parent_id is null " + page
					+ "order by c.created_at, c.id limit :limit")
			.bind("post", postId)
			.bind("limit", limit);
		return ((after != null) ? spec.bind("after", after) : spec).map(CommentRow::of).all();
	}

	Flux<CommentRow> replies(Collection<UUID> rootIds) {
		return this.database.sql(CommentRow.SELECT + "where c.parent_id = any(:roots) order by c.created_at, c.id")
			.bind("roots", rootIds.toArray(UUID[]::new))
			.map(CommentRow::of)
			.all();
	}

	Mono<Boolean> locked(UUID postId) {
		return this.database.sql("select locked from comment_thread_lock where post_id = :post")
			.bind("post", postId)
			.map((row) -> Boolean.TRUE.equals(row.get(0, Boolean.class)))
			.one()
			.defaultIfEmpty(false);
	}

	/** Serialises one person's comment writes, so that the rate limit holds across concurrent requests and instances. */
	Mono<Void> lockAuthor(UUID personId) {
		return this.database.sql("select pg_advisory_xact_lock(hashtextextended(:person, 7463))")
			.bind("person", personId.toString())
			.fetch()
			.rowsUpdated()
			.then();
	}

	/** How many comments a person wrote since a moment, and when the first of them was written. */
	Mono<Recent> recent(UUID personId, Instant since) {
		return this.database
			.sql("select count(*) as n, min(created_at) as first from comment where author_id = :person and created_at > :since")
			.bind("person", personId)
			.bind("since", since)
			.map((row) -> new Recent(row.get("n", Long.class), row.get("first", Instant.class)))
			.one();
	}

	Mono<UUID> insert(UUID postId, UUID parentId, UUID authorId, String body, Instant at) {
		var spec = this.database.sql("""
				with c as (
					insert into comment (post_id, parent_id, author_id, body, created_at)
					values (:post, :parent, :author, :body, :at) returning id)
				insert into comment_revision (comment_id, version, body, edited_at)
				select id, 1, :body, :at from c returning comment_id""")
			.bind("post", postId)
			.bind("author", authorId)
			.bind("body", body)
			.bind("at", at);
		spec = (parentId != null) ? spec.bind("parent", parentId) : spec.bindNull("parent", UUID.class);
		return spec.map((row) -> row.get(0, UUID.class)).one();
	}

	Mono<Void> edit(UUID id, int version, String body, Instant at) {
		return this.database.sql("""
				with c as (
					update comment set body = :body, version = :version, edited_at = :at where id = :id returning id)
				insert into comment_revision (comment_id, version, body, edited_at)
				select id, :version, :body, :at from c""")
			.bind("id", id)
			.bind("version", version)
			.bind("body", body)
			.bind("at", at)
			.then();
	}

	Mono<Void> delete(UUID id, Instant at) {
		return this.database.sql("update comment set state = 'DELETED', deleted_at = :at where id = :id")
			.bind("id", id)
			.bind("at", at)
			.then();
	}

	/** Records a hide or restore and puts the comment in the state it leads to; the comment's open reports close. */
	Mono<Void> moderate(UUID id, ModerationAction action, String reason, UUID moderatorId, Instant at) {
		return this.database.sql("""
				with m as (
					insert into comment_moderation (comment_id, action, reason, moderator_id, moderated_at)
					values (:id, :action, :reason, :moderator, :at)),
				r as (
					update comment_report set resolved_at = :at where comment_id = :id and resolved_at is null)
				update comment set state = :state, moderated_at = :at, moderated_by = :moderator,
					moderation_reason = :reason
				where id = :id""")
			.bind("id", id)
			.bind("action", action.name())
			.bind("state", action.leadsTo().name())
			.bind("reason", reason)
			.bind("moderator", moderatorId)
			.bind("at", at)
			.then();
	}

	/** @return whether the reaction is new */
	Mono<Boolean> react(UUID commentId, UUID personId, ReactionKind kind, Instant at) {
		return this.database.sql("""
				insert into comment_reaction (comment_id, person_id, kind, created_at) values (:id, :person, :kind, :at)
				on conflict do nothing""")
			.bind("id", commentId)
			.bind("person", personId)
			.bind("kind", kind.name())
			.bind("at", at)
			.fetch()
			.rowsUpdated()
			.map((count) -> count > 0);
	}

	/** @return whether there was such a reaction */
	Mono<Boolean> unreact(UUID commentId, UUID personId, ReactionKind kind) {
		return this.database
			.sql("delete from comment_reaction where comment_id = :id and person_id = :person and kind = :kind")
			.bind("id", commentId)
			.bind("person", personId)
			.bind("kind", kind.name())
			.fetch()
			.rowsUpdated()
			.map((count) -> count > 0);
	}

	Flux<ReactionCount.Row> reactions(Collection<UUID> commentIds, UUID viewerId) {
		return this.database.sql("""
				select comment_id, kind, count(*) as n, bool_or(person_id = :me) as mine from comment_reaction
				where comment_id = any(:ids) group by comment_id, kind""")
			.bind("ids", commentIds.toArray(UUID[]::new))
			.bind("me", viewerId)
			.map((row) -> new ReactionCount.Row(row.get("comment_id", UUID.class),
					ReactionKind.valueOf(row.get("kind", String.class)), row.get("n", Long.class),
					Boolean.TRUE.equals(row.get("mine", Boolean.class))))
			.all();
	}

	Flux<UUID> reportedBy(Collection<UUID> commentIds, UUID personId) {
		return this.database
			.sql("select comment_id from comment_report where person_id = :me and comment_id = any(:ids)")
			.bind("ids", commentIds.toArray(UUID[]::new))
			.bind("me", personId)
			.map((row) -> row.get(0, UUID.class))
			.all();
	}

	/** @return whether the report is new */
	Mono<Boolean> report(UUID commentId, UUID personId, String reason, Instant at) {
		return this.database.sql("""
				insert into comment_report (comment_id, person_id, reason, reported_at)
				values (:id, :person, :reason, :at) on conflict do nothing""")
			.bind("id", commentId)
			.bind("person", personId)
			.bind("reason", reason)
			.bind("at", at)
			.fetch()
			.rowsUpdated()
			.map((count) -> count > 0);
	}

	Mono<Void> lockThread(UUID postId, boolean locked, UUID personId, Instant at) {
		return this.database.sql("""
				insert into comment_thread_lock (post_id, locked, changed_by, changed_at)
				values (:post, :locked, :person, :at)
				on conflict (post_id) do update set locked = excluded.locked, changed_by = excluded.changed_by,
					changed_at = excluded.changed_at
				where comment_thread_lock.locked <> excluded.locked""")
			.bind("post", postId)
			.bind("locked", locked)
			.bind("person", personId)
			.bind("at", at)
			.then();
	}

	/** A person's recent comments: how many, and when the first of them was written. */
	record Recent(long count, Instant first) {
	}
}
