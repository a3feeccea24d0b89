package se.budkavle.news;

import java.time.Instant;

/**
 * One version of a post as it was written, kept unchanged for the record.
 */
record Revision(int version, String title, String body, PostView.Person editedBy, Instant editedAt) {
}
