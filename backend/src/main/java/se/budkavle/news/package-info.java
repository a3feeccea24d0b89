/**
 * News: managers, communicators and admins post to units, the audience is fixed at publication, and everyone reads
 * their own feed.
 *
 * <p>Tables: post, post_target, post_audience, post_read, post_revision, attachment. SQL API: post_record,
 * post_revision_record, post_audience_record. Those views serve the records module (every post and version, who was
 * expected to read and who read); other modules still read these tables directly, listed as debt in
 * src/test/resources/sql-boundary-debt.txt.
 */
package se.budkavle.news;
