package se.budkavle.platform.web;

import org.slf4j.MDC;

import io.micrometer.context.ThreadLocalAccessor;

/**
 * Restores a request's id from the Reactor context into the logging MDC ({@code requestId}) in Reactor's {@code handle}
 * and {@code tap} operators, on whatever thread the request's work continues, so a line the hub logs there names it.
 * Found by the context registry through {@code META-INF/services}, hence public.
 */
public final class RequestIdAccessor implements ThreadLocalAccessor<String> {

	static final String KEY = "requestId";

	@Override
	public Object key() {
		return KEY;
	}

	@Override
	public String getValue() {
		return MDC.get(KEY);
	}

	@Override
	public void setValue(String value) {
		MDC.put(KEY, value);
	}

	@Override
	public void setValue() {
		MDC.remove(KEY);
	}
}
