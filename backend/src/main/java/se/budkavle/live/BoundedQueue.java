package se.budkavle.live;

import java.util.AbstractQueue;
import java.util.Iterator;
import java.util.Queue;

import reactor.util.concurrent.Queues;

/**
 * A session's queue of frames, refusing any beyond its capacity (the session is then closed as too slow), that takes
 * memory as it fills instead of reserving the whole capacity for every socket up front.
 *
 * @param <T> what it holds
 */
final class BoundedQueue<T> extends AbstractQueue<T> {

	/** Slots added at a time: most sockets never hold more than a few frames. */
	private static final int LINK = 16;

	private final Queue<T> queue = Queues.<T>unbounded(LINK).get();

	private final int capacity;

	BoundedQueue(int capacity) {
		this.capacity = capacity;
	}

	@Override
	public boolean offer(T item) {
		return this.queue.size() < this.capacity && this.queue.offer(item);
	}

	@Override
	public T poll() {
		return this.queue.poll();
	}

	@Override
	public T peek() {
		return this.queue.peek();
	}

	@Override
	public int size() {
		return this.queue.size();
	}

	@Override
	public boolean isEmpty() {
		return this.queue.isEmpty();
	}

	@Override
	public void clear() {
		this.queue.clear();
	}

	@Override
	public Iterator<T> iterator() {
		return this.queue.iterator();
	}
}
