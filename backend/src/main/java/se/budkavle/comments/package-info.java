/**
 * Comment threads under posts: comments with one level of replies, edits, deletion, reactions, reports and moderation
 * by the post's author, the managers of its targets and communicators.
 *
 * <p>Tables: comment, comment_revision, comment_reaction, comment_report, comment_moderation, comment_thread_lock. SQL
 * API: comment_record, comment_revision_record, comment_moderation_record, comment_reaction_record,
 * comment_report_record. Those views serve the records module (every comment in every state, its versions and
 * moderation); reach counts and samples comments through comment_record.
 */
package se.budkavle.comments;
