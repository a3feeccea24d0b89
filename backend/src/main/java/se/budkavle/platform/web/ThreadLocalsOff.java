package se.budkavle.platform.web;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;

/**
 * Empties Micrometer's context registry of thread-local accessors once the hub's beans exist, before it serves. Reactor
 * restores every registered thread-local around each signal of its {@code handle} and {@code tap} operators, and the
 * PostgreSQL driver hands over each row through {@code handle}: Spring Security's two accessors and Micrometer's
 * observation accessor, restored around every row, were 17 % of the hub's CPU serving a 100-person members page
 * (bench/README.md). The hub reads none of those thread-locals: Spring Security and the observations keep what they
 * need in the Reactor context, and the hub names a request in its log lines explicitly ({@link RequestLogging}).
 */
@Component
class ThreadLocalsOff implements SmartInitializingSingleton {

	@Override
	public void afterSingletonsInstantiated() {
		ContextRegistry registry = ContextRegistry.getInstance();
		List<Object> keys = registry.getThreadLocalAccessors().stream().map(ThreadLocalAccessor::key).toList();
		keys.forEach(registry::removeThreadLocalAccessor);
	}
}
