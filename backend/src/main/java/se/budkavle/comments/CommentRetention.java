package se.budkavle.comments;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import se.budkavle.records.RetentionStatement;

/**
 * Retention of comments: every comment under a post that ended (expired or was withdrawn, whichever came first)
 * before the cutoff is deleted with its versions, reactions, reports and moderations, unless the post is on hold.
 */
@Component
class CommentRetention extends RetentionStatement {

	/** Deletes the comments due and everything hanging on them in one statement; the benchmark runs the same SQL. */
	static final String DELETE = """
			with due as (
			    select c.id from comment c join post_fact p on p.id = c.post_id
			    where least(p.withdrawn_at, p.expires_at) < :cutoff
			      and not exists (select 1 from legal_hold_post h where h.post_id = c.post_id)
			), revisions as (
			    delete from comment_revision where comment_id in (select id from due)
			), reactions as (
			    delete from comment_reaction where comment_id in (select id from due)
			), reports as (
			    delete from comment_report where comment_id in (select id from due)
			), moderations as (
			    delete from comment_moderation where comment_id in (select id from due)
			), gone as (
			    delete from comment where id in (select id from due) returning 1
			)
			select count(*) from gone""";

	CommentRetention(DatabaseClient database) {
		super(COMMENTS, database, DELETE);
	}
}
