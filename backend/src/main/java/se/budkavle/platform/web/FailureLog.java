package se.budkavle.platform.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Logs a database outage as one line per failed request, without a stack trace, and at most one line per interval: an
 * outage under load must not write megabytes of identical traces. The next line says how many were left out.
 */
final class FailureLog {

	private static final Log logger = LogFactory.getLog(FailureLog.class);

	private final long intervalNanos;

	private final AtomicLong nextLineAt = new AtomicLong(Long.MIN_VALUE);

	private final AtomicLong suppressed = new AtomicLong();

	FailureLog(Duration interval) {
		this.intervalNanos = interval.toNanos();
	}

	void unavailable(String request, String requestId, Throwable failure) {
		long now = System.nanoTime();
		long due = this.nextLineAt.get();
		if ((due != Long.MIN_VALUE && now - due < 0) || !this.nextLineAt.compareAndSet(due, now + this.intervalNanos)) {
			this.suppressed.incrementAndGet();
			return;
		}
		long left = this.suppressed.getAndSet(0);
		logger.warn("Database unavailable: " + request + " answered 503 (" + describe(failure) + ") requestId="
				+ requestId + ((left > 0) ? "; " + left + " more such answers since the last line" : ""));
	}

	/** The innermost cause's type and message: the part that names what went wrong (refused, shut down, …). */
	private static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}
}
