package se.budkavle.delivery;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Sends messages to people and unit channels beyond the widgets. Calls join the caller's transaction (outbox): what
 * they record commits or rolls back with the caller's own writes, and sending happens later, never in the caller's
 * way.
 */
public interface Notifier {

	/**
	 * One message to one person: stored in-app at once, then sent by every enabled channel that reaches people
	 * (e-mail, Teams chat...).
	 * @param notification the message
	 * @return the id of the stored in-app notification
	 */
	Mono<UUID> notify(Notification notification);

	/**
	 * The same message to many people at once: for each recipient the in-app notification and the deliveries that
	 * {@link #notify} would record, written set-based in a few statements of bounded size rather than one per person.
	 * @param recipientIds the people, each notified once per occurrence
	 * @param kind what the message is about (see {@link Notification#kind()})
	 * @param title a short subject line
	 * @param body the plain text, or {@code null} for none
	 * @param link a relative hub link, or {@code null}
	 * @param postId the post it concerns, or {@code null}
	 * @return the number of notifications stored
	 */
	Mono<Long> notifyEach(List<UUID> recipientIds, String kind, String title, String body, String link, UUID postId);

	/**
	 * An announcement to units' channels (a Teams channel per unit in m365), once per unit. For a post, also to each
	 * person of the post's audience by the enabled channels that reach people (e-mail): call it once the post's
	 * audience is stored (in the same transaction is fine), the per-person deliveries are recorded from it in one
	 * statement. An announcement about no post goes to units only, and one whose key was announced before records
	 * nothing.
	 * @param announcement the announcement
	 * @return completes when the deliveries are recorded
	 */
	Mono<Void> announce(Announcement announcement);
}
