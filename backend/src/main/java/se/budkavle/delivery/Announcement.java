package se.budkavle.delivery;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A message announced beyond the hub to each unit's channel: a post (then also to the people of its audience), or a
 * message about no post, such as a crisis message, named by a key so that it reaches each unit once.
 *
 * @param postId the post, or {@code null} for a message about no post
 * @param key what is announced, unique (a second announcement with the same key records nothing), or {@code null}
 * @param title the title
 * @param excerpt a short plain-text excerpt (for a message about no post, its text)
 * @param link the link to what is announced ({@link DeepLinks}); a relative hub link gets the hub's address in front
 * when sent
 * @param unitIds the units whose channels get the announcement
 * @param facts label/value pairs shown under the text (severity), in order
 */
public record Announcement(UUID postId, String key, String title, String excerpt, String link, List<UUID> unitIds,
		List<Fact> facts) {

	public Announcement {
		unitIds = List.copyOf(unitIds);
		facts = List.copyOf(facts);
	}

	/** A post announced to its units' channels and its audience. */
	public Announcement(UUID postId, String title, String excerpt, String link, List<UUID> unitIds) {
		this(Objects.requireNonNull(postId, "postId"), null, title, excerpt, link, unitIds, List.of());
	}

	/**
	 * A message about no post, announced once to each unit's channel and to no one person.
	 * @param key what is announced, unique
	 * @param title the title
	 * @param text the text
	 * @param link the link to what is announced ({@link DeepLinks})
	 * @param unitIds the units
	 * @param facts label/value pairs shown under the text
	 * @return the announcement
	 */
	public static Announcement toUnits(String key, String title, String text, String link, List<UUID> unitIds,
			List<Fact> facts) {
		return new Announcement(null, Objects.requireNonNull(key, "key"), title, text, link, unitIds, facts);
	}

	/**
	 * One line of facts under an announcement's text.
	 *
	 * @param label what it is, e.g. "Allvarlighetsgrad"
	 * @param value its value
	 */
	public record Fact(String label, String value) {
	}
}
