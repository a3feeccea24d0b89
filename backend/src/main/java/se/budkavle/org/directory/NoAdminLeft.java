package se.budkavle.org.directory;

/**
 * Raised when an import would deactivate every active administrator, so that nobody could import again: refused even
 * when confirmed, and nothing is applied.
 */
public class NoAdminLeft extends RuntimeException {

	private final DeactivationCounts counts;

	NoAdminLeft(DeactivationCounts counts) {
		super("The directory would deactivate all " + counts.activeAdmins()
				+ " active administrator(s), leaving nobody who can import again; nothing was applied. "
				+ "Keep at least one administrator in the directory.");
		this.counts = counts;
	}

	/** The deactivations the import would have made. */
	public DeactivationCounts counts() {
		return this.counts;
	}
}
