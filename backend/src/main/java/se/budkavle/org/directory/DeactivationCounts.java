package se.budkavle.org.directory;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import se.budkavle.org.directory.StoredOrganisation.StoredPerson;

/**
 * How many people and administrators an import deactivates, out of how many active ones.
 *
 * @param activePeople people active before the import
 * @param peopleDeactivated active people the import deactivates
 * @param activeAdmins administrators active before the import
 * @param adminsDeactivated administrators the import deactivates
 */
public record DeactivationCounts(int activePeople, int peopleDeactivated, int activeAdmins, int adminsDeactivated) {

	static DeactivationCounts of(StoredOrganisation stored, DirectoryPlan plan, Set<UUID> admins) {
		Set<UUID> active = new HashSet<>();
		stored.people().values().stream().filter(StoredPerson::active).map(StoredPerson::id).forEach(active::add);
		Set<UUID> activeAdmins = new HashSet<>(admins);
		activeAdmins.retainAll(active);
		Set<UUID> deactivated = new HashSet<>(plan.people().deactivations());
		Set<UUID> adminsDeactivated = new HashSet<>(activeAdmins);
		adminsDeactivated.retainAll(deactivated);
		return new DeactivationCounts(active.size(), deactivated.size(), activeAdmins.size(), adminsDeactivated.size());
	}

	/**
	 * Whether the import deactivates more than the given share of the active people, or any administrator.
	 * @param maxShare the share (0.1 for 10 %) allowed without confirmation
	 * @return true when an administrator must confirm first
	 */
	public boolean needsConfirmation(double maxShare) {
		return this.adminsDeactivated > 0 || this.peopleDeactivated > maxShare * this.activePeople;
	}
}
