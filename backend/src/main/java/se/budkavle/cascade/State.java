package se.budkavle.cascade;

import java.time.Instant;

/**
 * Where a unit of a cascade stands: a recorded meeting (DISCUSSED) before any other relay (RELAYED), then past its
 * deadline (OVERDUE), opened by its manager (OPENED), or not yet (NOT_OPENED, also while its level is not reached).
 */
enum State {

	NOT_OPENED, OPENED, RELAYED, DISCUSSED, OVERDUE;

	static State of(Instant deadline, Instant openedAt, Instant relayedAt, Instant discussedAt, Instant now) {
		if (discussedAt != null) {
			return DISCUSSED;
		}
		if (relayedAt != null) {
			return RELAYED;
		}
		if (deadline != null && deadline.isBefore(now)) {
			return OVERDUE;
		}
		return (openedAt != null) ? OPENED : NOT_OPENED;
	}
}
