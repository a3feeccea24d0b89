package se.budkavle.org;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import se.budkavle.integration.directory.DirectorySnapshot;

/**
 * Brings the organisation in line with a directory (an HR export file or a directory service such as Entra ID):
 * adds, updates, moves and deactivates units and people, and changes memberships and managers, all or nothing.
 */
@Service
public class DirectoryImports {

	private static final Log logger = LogFactory.getLog(DirectoryImports.class);

	private final DirectoryStore store;

	private final ObjectProvider<DirectoryAdmins> admins;

	private final OrgProperties properties;

	private final MeterRegistry registry;

	DirectoryImports(DirectoryStore store, ObjectProvider<DirectoryAdmins> admins, OrgProperties properties,
			MeterRegistry registry) {
		this.store = store;
		this.admins = admins;
		this.properties = properties;
		this.registry = registry;
	}

	/**
	 * Applies a directory from another source, such as a directory service.
	 * @param snapshot the whole organisation as the source sees it
	 * @param source where it came from, kept in the import log
	 * @param appliedBy the person who applied it, or {@code null} for the system
	 * @return what changed; fails with {@link DirectoryRejected} (and changes nothing) when the directory has
	 * problems
	 */
	public Mono<DirectoryChanges> apply(DirectorySnapshot snapshot, String source, UUID appliedBy) {
		return timed("sync", Mono.fromCallable(() -> DirectoryValidator.problems(snapshot))
			.subscribeOn(Schedulers.parallel())
			.flatMap((problems) -> applyValid(snapshot, problems, source, appliedBy, null)));
	}

	/**
	 * Applies the part of a directory that some people make, leaving everyone else as stored: for a source that knows
	 * what changed since its last whole directory was applied.
	 * @param part exactly the entries of {@code people} in the whole directory: those of them still in it, the units
	 * they make (lead, or lie on the path to) and their manager assignments; it may name stored units outside it
	 * @param people the external ids of everyone whose entry may have changed; those missing from {@code part} are
	 * deactivated, and a unit they leave is deactivated once nobody outside the part belongs to it or below it
	 * @param source where it came from, kept in the import log
	 * @param appliedBy the person who applied it, or {@code null} for the system
	 * @return what changed; fails with {@link DirectoryRejected} (and changes nothing) when the part has problems
	 */
	public Mono<DirectoryChanges> applyPart(DirectorySnapshot part, Set<String> people, String source,
			UUID appliedBy) {
		return timed("sync", Mono.fromCallable(() -> StoredPart.problems(part))
			.flatMap((problems) -> problems.isEmpty() ? this.store.applyPart(part, people, source, appliedBy)
					: Mono.error(new DirectoryRejected(source, problems)))
			.doOnNext((changes) -> logger.info("Applied a directory part from " + source + ": " + changes)));
	}

	/**
	 * Applies a directory file in the JSON Lines format of {@code docs/directory-format.md}.
	 * @param content the file's text
	 * @param source where it came from (such as the file name), kept in the import log
	 * @param appliedBy the person who applied it, or {@code null} for the system
	 * @return what changed; fails with {@link DirectoryRejected}, listing every problem with its line number, when
	 * the file has problems
	 */
	public Mono<DirectoryChanges> applyFile(String content, String source, UUID appliedBy) {
		return applyFile(content, source, appliedBy, null);
	}

	/**
	 * Applies a directory file sent by an administrator, refusing what {@link ImportSafety} guards against.
	 * @param content the file's text
	 * @param source where it came from, kept in the import log
	 * @param appliedBy the person who applied it, or {@code null} when not known
	 * @param confirmed whether the administrator confirmed large deactivations
	 * @return what changed; fails with {@link DirectoryRejected}, {@link NoAdminLeft} or
	 * {@link DeactivationUnconfirmed}, changing nothing
	 */
	public Mono<DirectoryChanges> applyUpload(String content, String source, UUID appliedBy, boolean confirmed) {
		return safety(confirmed).flatMap((safety) -> applyFile(content, source, appliedBy, safety));
	}

	/**
	 * Works out what {@link #applyUpload} would change, writing nothing.
	 * @param content the file's text
	 * @param source where it came from, named in problems
	 * @return the preview; fails with {@link DirectoryRejected} when the file has problems
	 */
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
			.doOnNext((changes) -> logger.info("Applied the directory from " + source + ": " + changes));
	}
}
