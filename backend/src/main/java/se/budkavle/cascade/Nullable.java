package se.budkavle.cascade;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Binds a value that may be null (Spring's {@code Parameter.fromOrEmpty} is deprecated in Spring Framework 7). */
final class Nullable {

	private Nullable() {
	}

	static <T> GenericExecuteSpec bind(GenericExecuteSpec spec, String name, T value, Class<T> type) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, type);
	}
}
