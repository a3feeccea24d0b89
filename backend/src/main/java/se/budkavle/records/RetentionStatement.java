package se.budkavle.records;

import java.time.Instant;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

import reactor.core.publisher.Mono;

/**
 * A retention rule that is one statement of its owner's: it is given the cutoff as {@code :cutoff} (and the run's time
 * as {@code :now} where it names it) and selects how many records it deleted or reduced.
 */
public abstract class RetentionStatement implements RetentionRule {

	private final String recordType;

	private final DatabaseClient database;

	private final String sql;

	/**
	 * @param recordType one of the record types of {@link RetentionRule}
	 * @param database the owner's database client
	 * @param sql the statement, set-based, leaving out every post in {@code legal_hold_post} where holds apply
	 */
	protected RetentionStatement(String recordType, DatabaseClient database, String sql) {
		this.recordType = recordType;
		this.database = database;
		this.sql = sql;
	}

	@Override
	public String recordType() {
		return this.recordType;
	}

	@Override
	public Mono<Long> apply(Instant cutoff, Instant now) {
		GenericExecuteSpec statement = this.database.sql(this.sql).bind("cutoff", cutoff);
		if (this.sql.contains(":now")) {
			statement = statement.bind("now", now);
		}
		return statement.mapValue(Long.class).one();
	}
}
