package se.budkavle.cascade;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One unit in the tracker's tree: who was responsible when its level opened (or who carries it), its state and times,
 * how it was relayed, the states of its whole subtree counted, and the reach of its local posts.
 */
record TrackerNode(UUID unitId, String name, int level, Name manager, Name carriedBy, State state, Instant deadline,
		Instant reachedAt, Instant openedAt, Instant relayedAt, List<Relay> relays, Rollup rollup, Reach reach,
		List<TrackerNode> children) {

	/** A person's name as stored when it happened. */
	record Name(String name) {

		static Name of(String name) {
			return (name != null) ? new Name(name) : null;
		}
	}

	/** One relay of the unit. */
	record Relay(UUID id, String kind, Instant at, boolean onBehalf, UUID postId, String by) {
	}

	/** The states of the units of a subtree, counted. */
	record Rollup(long units, long notOpened, long opened, long relayed, long discussed, long overdue) {

		static final Rollup NONE = new Rollup(0, 0, 0, 0, 0, 0);

		static Rollup of(State state) {
			return new Rollup(1, state == State.NOT_OPENED ? 1 : 0, state == State.OPENED ? 1 : 0,
					state == State.RELAYED ? 1 : 0, state == State.DISCUSSED ? 1 : 0, state == State.OVERDUE ? 1 : 0);
		}

		Rollup plus(Rollup other) {
			return new Rollup(this.units + other.units, this.notOpened + other.notOpened, this.opened + other.opened,
					this.relayed + other.relayed, this.discussed + other.discussed, this.overdue + other.overdue);
		}
	}

	/** How far the unit's local posts got; acknowledged is null when none asked for it. */
	record Reach(long audience, long read, Long acknowledged) {

		Reach plus(Reach other) {
			Long ack = (this.acknowledged == null && other.acknowledged == null) ? null
					: ((this.acknowledged != null) ? this.acknowledged : 0)
							+ ((other.acknowledged != null) ? other.acknowledged : 0);
			return new Reach(this.audience + other.audience, this.read + other.read, ack);
		}
	}
}
