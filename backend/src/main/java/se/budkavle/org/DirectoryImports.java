package se.budkavle.org;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import se.budkavle.integration.directory.DirectorySnapshot;
import se.budkavle.org.directory.DirectoryPreview;
import se.budkavle.org.directory.ImportRuns;

/**
 * Brings the organisation in line with a directory (an HR export file or a directory service such as Entra ID):
 * adds, updates, moves and deactivates units and people, and changes memberships and managers, all or nothing.
 */
@Service
public class DirectoryImports {

	private final ImportRuns runs;

	DirectoryImports(ImportRuns runs) {
		this.runs = runs;
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
		return this.runs.apply(snapshot, source, appliedBy);
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
		return this.runs.applyPart(part, people, source, appliedBy);
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
		return this.runs.applyFile(content, source, appliedBy);
	}

	/**
	 * Applies a directory file sent by an administrator, refusing what
	 * {@link se.budkavle.org.directory.ImportSafety} guards against.
	 * @param content the file's text
	 * @param source where it came from, kept in the import log
	 * @param appliedBy the person who applied it, or {@code null} when not known
	 * @param confirmed whether the administrator confirmed large deactivations
	 * @return what changed; fails with {@link DirectoryRejected},
	 * {@link se.budkavle.org.directory.NoAdminLeft} or {@link se.budkavle.org.directory.DeactivationUnconfirmed},
	 * changing nothing
	 */
	public Mono<DirectoryChanges> applyUpload(String content, String source, UUID appliedBy, boolean confirmed) {
		return this.runs.applyUpload(content, source, appliedBy, confirmed);
	}

	/**
	 * Works out what {@link #applyUpload} would change, writing nothing.
	 * @param content the file's text
	 * @param source where it came from, named in problems
	 * @return the preview; fails with {@link DirectoryRejected} when the file has problems
	 */
	public Mono<DirectoryPreview> previewUpload(String content, String source) {
		return this.runs.previewUpload(content, source);
	}
}
