package se.budkavle.live;

import java.util.Arrays;

/**
 * The ids of the last {@value #REMEMBERED} events a session sent, so that a replay does not send one twice: a ring of
 * primitive longs that grows with use (a socket that got 20 events holds 20 slots, not a set of boxed ids).
 */
final class SentIds {

	/** How many sent event ids a session remembers to avoid sending one twice. */
	static final int REMEMBERED = 1024;

	private static final long[] NONE = {};

	private long[] ids = NONE;

	private int next;

	private int size;

	boolean contains(long id) {
		for (int i = 0; i < this.size; i++) {
			if (this.ids[i] == id) {
				return true;
			}
		}
		return false;
	}

	void add(long id) {
		if (this.size < this.ids.length) {
			this.ids[this.size++] = id;
			this.next = this.size % this.ids.length;
			return;
		}
		if (this.ids.length < REMEMBERED) {
			this.ids = Arrays.copyOf(this.ids, Math.min(REMEMBERED, Math.max(8, this.ids.length * 2)));
			this.ids[this.size++] = id;
			this.next = this.size % this.ids.length;
			return;
		}
		this.ids[this.next] = id;
		this.next = (this.next + 1) % this.ids.length;
	}
}
