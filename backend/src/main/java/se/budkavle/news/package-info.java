/**
 * News: managers, communicators and admins post to units, the audience is fixed at publication, and everyone reads
 * their own feed.
 *
 * <p>Tables: post, post_target, post_audience, post_read, post_revision. SQL API: none yet; other modules still read
 * these tables directly, listed as debt in src/test/resources/sql-boundary-debt.txt.
 */
package se.budkavle.news;
