package se.budkavle.news;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Binding values that may be null, which the database client wants told apart. */
final class Sql {

	private Sql() {
	}

	static <T> GenericExecuteSpec bind(GenericExecuteSpec spec, String name, T value, Class<T> type) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, type);
	}
}
