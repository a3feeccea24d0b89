package se.budkavle.live;

import java.util.ArrayList;
import java.util.List;

/**
 * How far this instance may hand out the event log in id order without a later commit ever landing below it.
 *
 * <p>Publishers commit in parallel, so a read may see event {@code n + 1} committed while {@code n} is still in flight
 * (or was rolled back and never comes). Every publishing transaction takes its transaction id before it draws an event
 * id, so whoever holds a missing id below a visible one was running when the reader's snapshot was taken. An event is
 * handed out when it follows the position without a gap, or when every transaction that was running when its gap was
 * first seen has ended (the snapshot's {@code xmin} has passed the highest of them): then the gap is final.
 */
final class LogHorizon {

	/** The last id handed out; every id at or below it that will ever be committed has been read. -1 until started. */
	private long position = -1;

	/** Gaps at or below this id were seen while the transactions up to {@link #waitFor} were running; -1 if none. */
	private long pendingThrough = -1;

	private long waitFor;

	synchronized long position() {
		return this.position;
	}

	synchronized boolean started() {
		return this.position >= 0;
	}

	/** Whether some read events wait for running transactions to end (nothing announces that; read again soon). */
	synchronized boolean waiting() {
		return this.pendingThrough >= 0;
	}

	/**
	 * Starts at the end of the log once nothing below it can still appear.
	 * @param snapshot the log's last id and the reading snapshot
	 * @return whether the position is known
	 */
	synchronized boolean start(Snapshot snapshot) {
		if (this.position >= 0) {
			return true;
		}
		if (this.pendingThrough < 0) {
			if (snapshot.nothingRunning()) {
				this.position = snapshot.lastId();
				return true;
			}
			this.pendingThrough = snapshot.lastId();
			this.waitFor = snapshot.runningMax();
			return false;
		}
		if (snapshot.xmin() > this.waitFor) {
			this.position = this.pendingThrough;
			this.pendingThrough = -1;
			return true;
		}
		return false;
	}

	/**
	 * The events, read in id order after the position under one snapshot, that may be handed out now; moves the
	 * position past them.
	 */
	synchronized List<StoredEvent> settle(List<StoredEvent> read, Snapshot snapshot) {
		long settledThrough = -1;
		if (this.pendingThrough >= 0 && snapshot.xmin() > this.waitFor) {
			settledThrough = this.pendingThrough;
			this.pendingThrough = -1;
		}
		if (snapshot.nothingRunning()) {
			settledThrough = Long.MAX_VALUE;
		}
		List<StoredEvent> settled = new ArrayList<>(read.size());
		for (StoredEvent event : read) {
			if (event.id() != this.position + 1 && event.id() > settledThrough) {
				if (this.pendingThrough < 0) {
					this.pendingThrough = read.get(read.size() - 1).id();
					this.waitFor = snapshot.runningMax();
				}
				break;
			}
			settled.add(event);
			this.position = event.id();
		}
		if (this.pendingThrough >= 0 && this.pendingThrough <= this.position) {
			this.pendingThrough = -1;
		}
		return settled;
	}

	/**
	 * What a read saw besides the rows: the log's last id (when asked) and the transactions running.
	 * @param lastId the highest id visible (only for starting)
	 * @param xmin the oldest running transaction id, or the next one when none runs
	 * @param runningMax the newest running transaction id, or -1 when none runs
	 */
	record Snapshot(long lastId, long xmin, long runningMax) {

		boolean nothingRunning() {
			return this.runningMax < 0;
		}
	}
}
