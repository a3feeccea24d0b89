package se.budkavle.org.directory;

import java.util.Set;
import java.util.UUID;

/**
 * What a directory import from an administrator must not do unasked: deactivate more than a share of the active people
 * or any administrator (allowed with an explicit confirmation), or leave no active administrator (never allowed).
 *
 * @param admins the people recently signed in with the admin role
 * @param maxDeactivationShare the share of active people an import may deactivate without confirmation
 * @param confirmed whether the administrator confirmed large deactivations
 */
public record ImportSafety(Set<UUID> admins, double maxDeactivationShare, boolean confirmed) {

	public ImportSafety {
		admins = Set.copyOf(admins);
	}

	/** Checks a plan against the stored organisation; throws when it must not be applied as asked. */
	void check(StoredOrganisation stored, DirectoryPlan plan) {
		DeactivationCounts counts = DeactivationCounts.of(stored, plan, this.admins);
		if (counts.activeAdmins() > 0 && counts.adminsDeactivated() == counts.activeAdmins()) {
			throw new NoAdminLeft(counts);
		}
		if (!this.confirmed && counts.needsConfirmation(this.maxDeactivationShare)) {
			throw new DeactivationUnconfirmed(counts, this.maxDeactivationShare);
		}
	}
}
