package se.budkavle.org.directory;

/**
 * Raised when an import would deactivate more than the allowed share of the active people, or an administrator,
 * without the administrator's confirmation; nothing is applied.
 */
public class DeactivationUnconfirmed extends RuntimeException {

	private final DeactivationCounts counts;

	DeactivationUnconfirmed(DeactivationCounts counts, double maxShare) {
		super("The directory would deactivate " + counts.peopleDeactivated() + " of " + counts.activePeople()
				+ " active people (more than " + Math.round(maxShare * 100) + " % without confirmation) and "
				+ counts.adminsDeactivated() + " administrator(s); nothing was applied. "
				+ "Check the file, then send it again with confirm=true.");
		this.counts = counts;
	}

	/** The deactivations the import would make. */
	public DeactivationCounts counts() {
		return this.counts;
	}
}
