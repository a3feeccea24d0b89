package se.budkavle.m365;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import se.budkavle.integration.graph.DeltaPage;
import se.budkavle.integration.graph.EntraSnapshots;
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
 * it together with the new delta link, all or nothing. A full sync stages each page in the database as it arrives,
 * while Graph serves the next, then applies the whole organisation the staged users make with the same diff-apply as
 * a directory file; an incremental one applies only the entries the delta touches ({@link DeltaApply}), with the
 * same result.
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
			.defaultIfEmpty(0)
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
			.flatMap((link) -> this.users.clearStaged().then(fetch(id, link.orElse(null))))
			.flatMap((delta) -> apply(id, delta, startedBy))
			.flatMap((changes) -> this.runs.succeeded(id, changes))
			.onErrorResume((ex) -> {
				logger.warn("Directory sync " + id + " failed: " + ex.getMessage());
				return this.runs.failed(id, errors(ex));
			})
			.then(this.users.clearStaged().onErrorResume((ex) -> Mono.empty()))
			.then(this.runs.find(id))
			.doOnNext((finished) -> publish(finished))
			.doFinally((signal) -> {
				Sinks.Many<SyncRun> sink = this.progress.remove(id);
				if (sink != null) {
					sink.tryEmitComplete();
				}
			});
	}

	/**
	 * Fetches the delta page by page: a full sync's pages are staged as they arrive (the fetch goes on meanwhile on
	 * its own thread) and only its delta link is kept; an incremental one's few entries are gathered.
	 * @return the whole delta, without the entries when it is full (they are staged)
	 */
	private Mono<UserDelta> fetch(UUID id, String deltaLink) {
		Flux<DeltaPage> pages = Flux.create((sink) -> {
			AtomicBoolean cancelled = new AtomicBoolean();
			sink.onDispose(() -> cancelled.set(true));
			try {
				this.source.stream(deltaLink, (page) -> {
					if (cancelled.get()) {
						// Nobody waits for the run any more (the hub is stopping): fetch no further pages.
						throw new CancellationException("Directory sync " + id + " cancelled");
					}
					sink.next(page);
				});
				sink.complete();
			}
			catch (RuntimeException ex) {
				sink.error(ex);
			}
		});
		// The fetch keeps its thread until the last page; the staging asks for the next page from the database's
		// threads (not through that busy thread, where the request would wait for the whole fetch).
		return pages.subscribeOn(Schedulers.boundedElastic(), false)
			.concatMap((page) -> take(id, page.entries()).flatMap((entries) -> recordPage(id, page).thenReturn(entries)))
			.reduce(UserDelta::then);
	}

	/** Stages a page of a full sync (after forgetting what an interrupted incremental fetch gathered). */
	private Mono<UserDelta> take(UUID id, UserDelta page) {
		if (!page.full()) {
			return Mono.just(page);
		}
		Mono<Void> restart = (page.pages() == 1) ? this.users.clearStaged() : Mono.empty();
		return restart.then(this.users.stage(id, page))
			.thenReturn(new UserDelta(true, List.of(), Set.of(), page.deltaLink(), page.pages()));
	}

	private Mono<Void> recordPage(UUID id, DeltaPage page) {
		FetchProgress progress = page.progress();
		return this.runs.progress(id, page.entries().full(), progress.pages(), progress.users())
			.then(this.runs.find(id))
			.doOnNext(this::publish)
			.then();
	}

	private Mono<DirectoryChanges> apply(UUID id, UserDelta delta, UUID startedBy) {
		if (!delta.full()) {
			return this.transaction.transactional(this.delta.apply(delta, startedBy));
		}
		return this.users.staged(id).publishOn(Schedulers.parallel()).flatMap((staged) -> {
			DirectorySnapshot snapshot = EntraSnapshots.snapshot(staged, this.options);
			return this.transaction.transactional(this.imports.apply(snapshot, SOURCE, startedBy)
				.flatMap((changes) -> this.users.replace(id, delta.deltaLink()).thenReturn(changes)));
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
