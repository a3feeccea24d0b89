package se.budkavle.platform.jobs;

import java.util.function.Supplier;

import org.reactivestreams.Publisher;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;

/**
 * Runs work that must happen once across all instances (scheduled publication, reminders, escalation, sync) by
 * taking a PostgreSQL advisory lock for the length of one transaction; an instance that finds the lock taken skips
 * the run instead of waiting for it.
 * <p>
 * The work runs on the transaction's one connection, which carries one statement at a time: read what is due whole
 * ({@code collectList()}) before writing for each row, and never zip queries. A write issued while a query's rows are
 * still streaming in can hang the connection.
 */
@Component
public class ExclusiveJobs {

	private static final String TRY_LOCK = "select pg_try_advisory_xact_lock(hashtextextended('budkavle.job.' || :job, 0))";

	private final DatabaseClient database;

	private final TransactionalOperator transaction;

	ExclusiveJobs(DatabaseClient database, ReactiveTransactionManager transactionManager) {
		this.database = database;
		this.transaction = TransactionalOperator.create(transactionManager);
	}

	/**
	 * Runs {@code work} inside one transaction that holds the job's lock, or does nothing when another instance holds
	 * it. Everything the work writes through the {@link DatabaseClient} commits or rolls back together.
	 * @param job the job's name, the same on every instance
	 * @param work the work, subscribed only when the lock was taken
	 * @param <T> what the work emits
	 * @return what the work emitted, or nothing when the job ran elsewhere
	 */
	public <T> Flux<T> runOnce(String job, Supplier<? extends Publisher<T>> work) {
		Flux<T> locked = this.database.sql(TRY_LOCK)
			.bind("job", job)
			.map((row) -> row.get(0, Boolean.class))
			.one()
			.flatMapMany((taken) -> Boolean.TRUE.equals(taken) ? Flux.from(work.get()) : Flux.empty());
		return this.transaction.transactional(locked);
	}

}
