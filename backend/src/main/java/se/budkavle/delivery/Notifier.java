package se.budkavle.delivery;

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
	 * A post announced to units' channels (a Teams channel per unit in m365) and to each person of the post's
	 * audience by the enabled channels that reach people (e-mail). Call it once the post's audience is stored (in the
	 * same transaction is fine): the per-person deliveries are recorded from it in one statement.
	 * @param announcement the announcement
	 * @return completes when the deliveries are recorded
	 */
	Mono<Void> announce(Announcement announcement);
}
