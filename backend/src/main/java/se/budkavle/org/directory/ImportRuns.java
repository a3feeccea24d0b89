package se.budkavle.org.directory;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SynchronousSink;
import reactor.core.scheduler.Schedulers;

import se.budkavle.integration.directory.DirectorySnapshot;
import se.budkavle.org.DirectoryAdmins;
import se.budkavle.org.DirectoryChanges;
import se.budkavle.org.DirectoryProblem;
import se.budkavle.org.DirectoryRejected;
import se.budkavle.org.OrgProperties;
import se.budkavle.platform.web.RequestLogging;

/**
 * Runs the directory imports behind {@link se.budkavle.org.DirectoryImports}: parses, validates and guards a directory,
 * applies it as one transaction and times each run.
 */
@Component
public class ImportRuns {

	private static final Log logger = LogFactory.getLog(ImportRuns.class);

	private final DirectoryStore store;

	private final ObjectProvider<DirectoryAdmins> admins;

	private final OrgProperties properties;

	private final MeterRegistry registry;

	ImportRuns(DirectoryStore store, ObjectProvider<DirectoryAdmins> admins, OrgProperties properties,
			MeterRegistry registry) {
		this.store = store;
		this.admins = admins;
		this.properties = properties;
		this.registry = registry;
	}

	/** Applies a directory from another source; see {@link se.budkavle.org.DirectoryImports#apply}. */
	public Mono<DirectoryChanges> apply(DirectorySnapshot snapshot, String source, UUID appliedBy) {
		return timed("sync", Mono.fromCallable(() -> DirectoryValidator.problems(snapshot))
			.subscribeOn(Schedulers.parallel())
			.flatMap((problems) -> applyValid(snapshot, problems, source, appliedBy, null)));
	}

	/** Applies part of a directory; see {@link se.budkavle.org.DirectoryImports#applyPart}. */
	public Mono<DirectoryChanges> applyPart(DirectorySnapshot part, Set<String> people, String source,
			UUID appliedBy) {
		return timed("sync", Mono.fromCallable(() -> StoredPart.problems(part))
			.flatMap((problems) -> problems.isEmpty() ? this.store.applyPart(part, people, source, appliedBy)
					: Mono.error(new DirectoryRejected(source, problems)))
			.handle(logged("Applied a directory part from " + source + ": ")));
	}

	/** Applies a directory file; see {@link se.budkavle.org.DirectoryImports#applyFile}. */
	public Mono<DirectoryChanges> applyFile(String content, String source, UUID appliedBy) {
		return applyFile(content, source, appliedBy, null);
	}

	/** Applies an administrator's file, guarded; see {@link se.budkavle.org.DirectoryImports#applyUpload}. */
	public Mono<DirectoryChanges> applyUpload(String content, String source, UUID appliedBy, boolean confirmed) {
		return safety(confirmed).flatMap((safety) -> applyFile(content, source, appliedBy, safety));
	}

	/** Previews an upload; see {@link se.budkavle.org.DirectoryImports#previewUpload}. */
	public Mono<DirectoryPreview> previewUpload(String content, String source) {
		return Mono.fromCallable(() -> DirectoryFile.parse(content))
			.subscribeOn(Schedulers.parallel())
			.flatMap((parsed) -> {
				List<DirectoryProblem> problems = DirectoryValidator.problems(parsed);
				if (!problems.isEmpty()) {
					return Mono.error(new DirectoryRejected(source, problems));
				}
				return safety(false).flatMap((safety) -> this.store.preview(parsed.snapshot(), safety));
			});
	}

	private Mono<ImportSafety> safety(boolean confirmed) {
		DirectoryAdmins admins = this.admins.getIfAvailable(() -> () -> Mono.just(Set.of()));
		return admins.admins()
			.map((ids) -> new ImportSafety(ids, this.properties.maxDeactivationShare(), confirmed));
	}

	private Mono<DirectoryChanges> applyFile(String content, String source, UUID appliedBy, ImportSafety safety) {
		// Reading 50,000 lines takes a moment of CPU: done off the calling (possibly event-loop) thread.
		return timed("file", Mono.fromCallable(() -> DirectoryFile.parse(content))
			.subscribeOn(Schedulers.parallel())
			.flatMap((parsed) -> applyValid(parsed.snapshot(), DirectoryValidator.problems(parsed), source,
					appliedBy, safety)));
	}

	/** Counts and times each run as {@code budkavle.directory.imports} by kind and outcome. */
	private <T> Mono<T> timed(String kind, Mono<T> run) {
		return Mono.defer(() -> {
			Timer.Sample sample = Timer.start(this.registry);
			return run.doOnSuccess((result) -> stop(sample, kind, "applied"))
				.doOnError((ex) -> stop(sample, kind, refused(ex) ? "rejected" : "failed"));
		});
	}

	private static boolean refused(Throwable ex) {
		return ex instanceof DirectoryRejected || ex instanceof NoAdminLeft || ex instanceof DeactivationUnconfirmed;
	}

	private void stop(Timer.Sample sample, String kind, String outcome) {
		sample.stop(Timer.builder("budkavle.directory.imports")
			.description("Directory imports and syncs: how long they took, by kind (file, sync) and outcome")
			.tags("kind", kind, "outcome", outcome)
			.register(this.registry));
	}

	private Mono<DirectoryChanges> applyValid(DirectorySnapshot snapshot, List<DirectoryProblem> problems,
			String source, UUID appliedBy, ImportSafety safety) {
		if (!problems.isEmpty()) {
			return Mono.error(new DirectoryRejected(source, problems));
		}
		return this.store.apply(snapshot, source, appliedBy, safety)
			.handle(logged("Applied the directory from " + source + ": "));
	}

	/** Logs the changes, naming the request that asked for the import, and passes them on. */
	private static BiConsumer<DirectoryChanges, SynchronousSink<DirectoryChanges>> logged(String text) {
		return (changes, sink) -> {
			RequestLogging.log(sink.contextView(), () -> logger.info(text + changes));
			sink.next(changes);
		};
	}
}
