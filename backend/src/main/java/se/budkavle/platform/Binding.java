package se.budkavle.platform;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * Binds a value that may be null, which the database client wants told apart ({@code Parameter.fromOrEmpty} is
 * deprecated in Spring Framework 7): one helper for every module instead of one copy each.
 */
public final class Binding {

	private Binding() {
	}

	/**
	 * Binds the value, or a typed null when there is none.
	 * @param <T> the value's type
	 * @param spec the statement
	 * @param name the parameter's name
	 * @param value the value, possibly null
	 * @param type the value's type, for the null
	 * @return the statement with the parameter bound
	 */
	public static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, type);
	}
}
