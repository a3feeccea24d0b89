package se.budkavle.m365;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.reactive.TransactionalOperator;

import io.r2dbc.spi.R2dbcException;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import se.budkavle.integration.directory.DirectorySnapshot;
import se.budkavle.integration.graph.EntraSnapshots;
import se.budkavle.integration.graph.EntraUser;
import se.budkavle.integration.graph.EntraUsers;
import se.budkavle.integration.graph.FetchProgress;
import se.budkavle.integration.graph.GraphDirectorySource;
import se.budkavle.integration.graph.GraphUnavailable;
import se.budkavle.integration.graph.UnitOptions;
import se.budkavle.integration.graph.UserDelta;
import se.budkavle.org.DirectoryChanges;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.DirectoryRejected;

/**
 * Synchronises the organisation with Entra ID: reads the users delta since the last run (or every user) and applies
 * it together with the new delta link, all or nothing. A full sync applies the whole resulting organisation with the
 * same diff-apply as a directory file; an incremental one applies only the entries the delta touches
 * ({@link DeltaApply}), with the same result.
 */
class DirectorySync implements DisposableBean {

	static final String SOURCE = "m365";

	private static final Log logger = LogFactory.getLog(DirectorySync.class);

	private final GraphDirectorySource source;

	private final EntraUserStore users;

	private final SyncRuns runs;

	private final DirectoryImports imports;

	private final TransactionalOperator transaction;

	private final UnitOptions options;

	private final DeltaApply delta;

	private final Map<UUID, Sinks.Many<SyncRun>> progress = new ConcurrentHashMap<>();

	private final Disposable.Composite background = Disposables.composite();

	DirectorySync(GraphDirectorySource source, EntraUserStore users, SyncRuns runs, DirectoryImports imports,
			TransactionalOperator transaction, UnitOptions options) {
		this.source = source;
		this.users = users;
		this.runs = runs;
		this.imports = imports;
		this.transaction = transaction;
		this.options = options;
		this.delta = new DeltaApply(users, imports, options);
	}

	/**
	 * Runs a sync to its end.
	 * @param trigger {@code schedule} or {@code admin}
	 * @param startedBy the administrator, or {@code null}
	 * @return the finished run; fails with {@link SyncAlreadyRunning} when one is running
	 */
	Mono<SyncRun> run(String trigger, UUID startedBy) {
		return claim(trigger, startedBy).flatMap((run) -> execute(run, startedBy));
	}

	/**
	 * Starts a sync that goes on after the call returns (the on-demand endpoint answers 202 at once).
	 * @return the run as started; fails with {@link SyncAlreadyRunning} when one is running
	 */
	Mono<SyncRun> start(String trigger, UUID startedBy) {
		return claim(trigger, startedBy).doOnNext((run) -> {
			// The one place this module subscribes itself: the run outlives the request that started it.
			this.background.add(execute(run, startedBy).subscribe());
		});
	}

	/**
	 * The progress of a run started on this instance: its latest state, then every change until it ends.
	 * @return the progress, or empty when the run is not running here
	 */
	Flux<SyncRun> progress(UUID runId) {
		Sinks.Many<SyncRun> sink = this.progress.get(runId);
		return (sink != null) ? sink.asFlux() : Flux.empty();
	}

	private Mono<SyncRun> claim(String trigger, UUID startedBy) {
		return this.users.count()
			.flatMap((count) -> this.runs.start(trigger, startedBy, (count > 0) ? count : null))
			.doOnNext((run) -> {
				Sinks.Many<SyncRun> sink = Sinks.many().replay().latest();
				sink.tryEmitNext(run);
				this.progress.put(run.runId(), sink);
			});
	}

	private Mono<SyncRun> execute(SyncRun run, UUID startedBy) {
		UUID id = run.runId();
		return this.users.deltaLink()
			.map(java.util.Optional::of)
			.defaultIfEmpty(java.util.Optional.empty())
			.flatMap((link) -> fetch(id, link.orElse(null)))
			.flatMap((delta) -> apply(delta, startedBy))
			.flatMap((changes) -> this.runs.succeeded(id, changes))
			.onErrorResume((ex) -> {
				logger.warn("Directory sync " + id + " failed: " + ex.getMessage());
				return this.runs.failed(id, errors(ex));
			})
			.then(this.runs.find(id))
			.doOnNext((finished) -> publish(finished))
			.doFinally((signal) -> {
				Sinks.Many<SyncRun> sink = this.progress.remove(id);
				if (sink != null) {
					sink.tryEmitComplete();
				}
			});
	}

	private Mono<UserDelta> fetch(UUID id, String deltaLink) {
		Flux<Object> pages = Flux.create((sink) -> {
			AtomicBoolean cancelled = new AtomicBoolean();
			sink.onDispose(() -> cancelled.set(true));
			try {
				UserDelta delta = this.source.fetch(deltaLink, (page) -> {
					if (cancelled.get()) {
						// Nobody waits for the run any more (the hub is stopping): fetch no further pages.
						throw new CancellationException("Directory sync " + id + " cancelled");
					}
					sink.next(page);
				});
				sink.next(delta);
				sink.complete();
			}
			catch (RuntimeException ex) {
				sink.error(ex);
			}
		});
		return pages.subscribeOn(Schedulers.boundedElastic())
			.concatMap((item) -> (item instanceof FetchProgress page) ? recordPage(id, deltaLink, page)
					: Mono.just((UserDelta) item))
			.last();
	}

	private Mono<UserDelta> recordPage(UUID id, String deltaLink, FetchProgress page) {
		return this.runs.progress(id, deltaLink == null || page.restarted(), page.pages(), page.users())
			.then(this.runs.find(id))
			.doOnNext(this::publish)
			.then(Mono.empty());
	}

	private Mono<DirectoryChanges> apply(UserDelta delta, UUID startedBy) {
		if (!delta.full()) {
			return this.transaction.transactional(this.delta.apply(delta, startedBy));
		}
		return this.users.users().publishOn(Schedulers.parallel()).flatMap((known) -> {
			Map<String, EntraUser> now = EntraUsers.merge(known, delta);
			DirectorySnapshot snapshot = EntraSnapshots.snapshot(now.values(), this.options);
			return this.transaction.transactional(this.imports.apply(snapshot, SOURCE, startedBy)
				.flatMap((changes) -> this.users.save(delta, now).thenReturn(changes)));
		});
	}

	private void publish(SyncRun run) {
		Sinks.Many<SyncRun> sink = this.progress.get(run.runId());
		if (sink != null) {
			sink.tryEmitNext(run);
		}
	}

	private static List<String> errors(Throwable ex) {
		List<String> errors = new ArrayList<>();
		if (ex instanceof DirectoryRejected rejected) {
			errors.add("The organisation read from Entra ID was rejected; nothing was applied.");
			rejected.problems().stream().limit(20).forEach((problem) -> errors.add(problem.toString()));
		}
		else {
			// The run is shown to administrators over the API: a plain sentence, never Graph's or the database's own
			// message (the log line above has that).
			errors.add(plain(ex));
		}
		return errors;
	}

	private static String plain(Throwable ex) {
		if (ex instanceof GraphUnavailable graph) {
			return (graph.status() > 0)
					? "Microsoft Graph answered " + graph.status() + "; nothing was applied. The hub's log has the details."
					: "Microsoft Graph could not be reached; nothing was applied. The hub's log has the details.";
		}
		if (ex instanceof DataAccessException || ex instanceof R2dbcException) {
			return "The database failed during the sync; nothing was applied. The hub's log has the details.";
		}
		return "The sync failed unexpectedly; nothing was applied. The hub's log has the details.";
	}

	@Override
	public void destroy() {
		this.background.dispose();
	}
}
