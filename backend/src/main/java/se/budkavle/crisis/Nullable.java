package se.budkavle.crisis;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Binds a value that may be missing (the driver needs the type of a null). */
final class Nullable {

	private Nullable() {
	}

	static GenericExecuteSpec bind(GenericExecuteSpec spec, String name, Object value, Class<?> type) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, type);
	}
}
