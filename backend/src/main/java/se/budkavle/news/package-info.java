/**
 * News: managers, communicators and admins post to units, the audience is fixed at publication, and everyone reads
 * their own feed.
 *
 * <p>Tables: post, post_target, post_audience, post_read, post_read_tally, post_revision, attachment. SQL API:
 * post_fact, post_audience_fact, post_target_record, post_reading, post_record, post_revision_record,
 * post_audience_record. post_fact says who wrote a post, its state, dates and whether it asks for acknowledgement;
 * post_audience_fact who was expected to read it and the unit each was counted in (acknowledgement, comments, reach and
 * delivery read both); post_target_record where each post was targeted (records' legal holds, acknowledgement,
 * comments); post_reading serves reach (every first read, personal or reduced to counts by retention); the other
 * record views serve the records module (every post and version, who was expected to read and who read).
 */
package se.budkavle.news;
