package se.budkavle.news;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One page of a person's feed and the cursor of the next.
 *
 * @param items the posts
 * @param next the {@code after} of the next page, or {@code null} on the last
 */
record FeedPage(List<Item> items, String next) {

	/** A post as the feed lists it. */
	record Item(UUID id, String title, String excerpt, Author author, List<String> units, Instant publishedAt,
			String priority, Acknowledgement acknowledgement, boolean read, int commentCount) {
	}

	/** Who wrote a post. */
	record Author(UUID id, String displayName, String jobTitle) {
	}

	/** Whether the post asks for "Jag har läst", by when, and when this person confirmed it. */
	record Acknowledgement(boolean required, Instant deadline, Instant acknowledgedAt) {
	}
}
