package se.budkavle.org;

/**
 * What applying a directory changed, counted per kind of change; a unit or person may count in several columns (for
 * example reactivated and moved).
 *
 * @param unitsAdded units new in the directory
 * @param unitsUpdated units whose name or kind changed
 * @param unitsMoved units with a new parent
 * @param unitsDeactivated units missing from the directory (kept, never deleted)
 * @param unitsReactivated deactivated units back in the directory
 * @param peopleAdded people new in the directory
 * @param peopleUpdated people whose name, e-mail or job title changed
 * @param peopleMoved people whose units (or primary unit) changed
 * @param peopleDeactivated people missing from the directory (kept and still readable, never deleted)
 * @param peopleReactivated deactivated people back in the directory
 * @param membershipsAdded memberships of a person in a unit added
 * @param membershipsRemoved memberships removed
 * @param managersAdded manager or deputy assignments added (a changed deputy flag counts as removed and added)
 * @param managersRemoved manager or deputy assignments removed
 */
public record DirectoryChanges(int unitsAdded, int unitsUpdated, int unitsMoved, int unitsDeactivated,
		int unitsReactivated, int peopleAdded, int peopleUpdated, int peopleMoved, int peopleDeactivated,
		int peopleReactivated, int membershipsAdded, int membershipsRemoved, int managersAdded, int managersRemoved) {

	/** Nothing changed. */
	public static final DirectoryChanges NONE = new DirectoryChanges(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	/**
	 * The number of changes of every kind together.
	 * @return 0 when the organisation already matched the directory
	 */
	public int total() {
		return this.unitsAdded + this.unitsUpdated + this.unitsMoved + this.unitsDeactivated + this.unitsReactivated
				+ this.peopleAdded + this.peopleUpdated + this.peopleMoved + this.peopleDeactivated
				+ this.peopleReactivated + this.membershipsAdded + this.membershipsRemoved + this.managersAdded
				+ this.managersRemoved;
	}
}
