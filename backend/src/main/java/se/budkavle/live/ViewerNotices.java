package se.budkavle.live;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;

import reactor.core.publisher.Mono;
import se.budkavle.identity.ViewerCache;
import se.budkavle.identity.ViewerChanges;

/**
 * Tells every instance to forget its cached viewers: a notification on {@link #CHANNEL}, which PostgreSQL delivers
 * when the caller's transaction commits and each instance's LISTEN connection hears ({@link InstanceListener}); this
 * instance forgets right after the commit, before the caller answers.
 */
@Component
class ViewerNotices implements ViewerChanges {

	static final String CHANNEL = "budkavle_viewers";

	private final DatabaseClient database;

	private final ViewerCache cache;

	ViewerNotices(DatabaseClient database, ViewerCache cache) {
		this.database = database;
		this.cache = cache;
	}

	@Override
	public Mono<Void> announce() {
		return this.database.sql("select pg_notify('" + CHANNEL + "', '')").then().then(forgetHereOnCommit());
	}

	/** What every instance does on hearing the notification (or on reconnecting, when it may have missed one). */
	void heard() {
		this.cache.forgetAll();
	}

	private Mono<Void> forgetHereOnCommit() {
		return TransactionSynchronizationManager.forCurrentTransaction().flatMap((synchronizations) -> {
			if (!synchronizations.isSynchronizationActive()) {
				return Mono.<Void>fromRunnable(this::heard);
			}
			synchronizations.registerSynchronization(new TransactionSynchronization() {
				@Override
				public Mono<Void> afterCommit() {
					return Mono.fromRunnable(ViewerNotices.this::heard);
				}
			});
			return Mono.<Void>empty();
		}).onErrorResume(NoTransactionException.class, (ex) -> Mono.fromRunnable(this::heard));
	}
}
