package se.budkavle.platform.web;

import org.slf4j.MDC;

import reactor.util.context.ContextView;

/**
 * Names the request being served in a line the hub logs while serving it: the request's id, which {@link RequestIds}
 * keeps in the Reactor context, goes into the logging MDC ({@code requestId}) around that line only. Log from an
 * operator that sees the context, for example {@code handle} with its sink's {@code contextView()}.
 */
public final class RequestLogging {

	private RequestLogging() {
	}

	/**
	 * Writes a line with the request's id in the MDC.
	 * @param context the Reactor context of the request's work
	 * @param line what logs the line
	 */
	public static void log(ContextView context, Runnable line) {
		String id = context.getOrDefault(RequestIds.KEY, null);
		if (id == null) {
			line.run();
			return;
		}
		MDC.put(RequestIds.KEY, id);
		try {
			line.run();
		}
		finally {
			MDC.remove(RequestIds.KEY);
		}
	}
}
