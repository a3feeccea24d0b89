package se.budkavle.platform.database;

import java.util.function.Supplier;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;

/**
 * Runs a statement with a plan made for the values it is run with, for the few statements whose best plan depends on
 * them (optional filters such as {@code :unit is null or …}, where PostgreSQL's generic plan for a prepared statement
 * keeps every branch: the disclosure search ran ten times slower with it). Everywhere else PostgreSQL's own choice
 * stays: forcing custom plans on every connection doubled its CPU per request on the hot paths (bench/README.md).
 */
@Component
public class CustomPlans {

	private final DatabaseClient database;

	private final TransactionalOperator transaction;

	CustomPlans(DatabaseClient database, ReactiveTransactionManager transactions) {
		this.database = database;
		this.transaction = TransactionalOperator.create(transactions);
	}

	/**
	 * The statement's rows, planned for its values: in a read transaction of its own that sets
	 * {@code plan_cache_mode} for that transaction only.
	 *
	 * @param statement the statement, run on the transaction's connection
	 * @param <T> the type of its rows
	 * @return its rows
	 */
	public <T> Flux<T> run(Supplier<Flux<T>> statement) {
		return this.database.sql("set local plan_cache_mode = force_custom_plan")
			.then()
			.thenMany(Flux.defer(statement))
			.as(this.transaction::transactional);
	}

}
