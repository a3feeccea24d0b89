package se.budkavle.org.directory;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

import reactor.core.publisher.Mono;

/**
 * One set-based statement for many rows: each column is bound as an array and unnested in SQL, so that a directory
 * of 50,000 people is written in a handful of round trips.
 */
final class Batch {

	private Batch() {
	}

	/**
	 * Runs the statement once for all rows, or not at all when there are none.
	 * @param database the client (joins the surrounding transaction)
	 * @param rows the rows
	 * @param sql the statement, reading the bound arrays
	 * @param binding binds the columns of the rows
	 * @return completes when the statement ran
	 */
	static Mono<Void> run(DatabaseClient database, List<?> rows, String sql, UnaryOperator<GenericExecuteSpec> binding) {
		if (rows.isEmpty()) {
			return Mono.empty();
		}
		return binding.apply(database.sql(sql)).fetch().rowsUpdated().then();
	}

	static <T> UUID[] uuids(List<T> rows, Function<T, UUID> column) {
		return rows.stream().map(column).toArray(UUID[]::new);
	}

	static <T> String[] texts(List<T> rows, Function<T, String> column) {
		return rows.stream().map(column).toArray(String[]::new);
	}

	static <T> Boolean[] flags(List<T> rows, Function<T, Boolean> column) {
		return rows.stream().map(column).toArray(Boolean[]::new);
	}
}
