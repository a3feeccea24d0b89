/**
 * Comment threads under posts: comments with one level of replies, edits, deletion, reactions, reports and moderation
 * by the post's author, the managers of its targets and communicators.
 */
package se.budkavle.comments;
