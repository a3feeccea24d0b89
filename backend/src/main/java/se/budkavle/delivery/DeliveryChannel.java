package se.budkavle.delivery;

import reactor.core.publisher.Mono;

/**
 * A way out of the hub (SMTP e-mail here; Graph sendMail and Teams in m365). Implementations are beans; the
 * dispatcher hands them due deliveries and retries failed ones with backoff.
 */
public interface DeliveryChannel {

	/**
	 * The channel's stable name, stored with each delivery: {@code email}, {@code graph-mail}, {@code teams}.
	 * @return the name
	 */
	String name();

	/**
	 * Whether the channel is configured and should get new deliveries.
	 * @return true when enabled
	 */
	boolean enabled();

	/**
	 * Sends one delivery.
	 * @param delivery what to send and to whom
	 * @return completes when sent; an error is a failed attempt, retried later
	 */
	Mono<Void> deliver(Delivery delivery);

	/**
	 * Whether the channel reaches people one by one (e-mail, chat): it gets every notification and an announcement
	 * per person in a post's audience.
	 * @return true by default
	 */
	default boolean reachesPeople() {
		return true;
	}

	/**
	 * Whether the channel posts to units (a Teams channel per unit): it gets an announcement per announced unit.
	 * @return false by default
	 */
	default boolean reachesUnits() {
		return false;
	}
}
