/**
 * News: managers, communicators and admins post to units, the audience is fixed at publication, and everyone reads
 * their own feed.
 *
 * <p>Tables: post, post_target, post_audience, post_read, post_read_tally, post_revision, attachment. SQL API:
 * post_record, post_revision_record, post_audience_record, post_target_record, post_reading. The record views serve
 * the records module (every post and version, who was expected to read and who read, where each post was targeted);
 * post_reading serves reach (every first read, personal or reduced to counts by retention); other modules still read
 * these tables directly, listed as debt in src/test/resources/sql-boundary-debt.txt.
 */
package se.budkavle.news;
