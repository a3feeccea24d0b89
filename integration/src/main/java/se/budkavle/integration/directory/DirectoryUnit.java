package se.budkavle.integration.directory;

import java.util.Objects;

/**
 * A unit as a directory source names it, linked to its parent by the parent's external id.
 *
 * @param externalId the source's stable id of the unit
 * @param name the unit's display name
 * @param kind the level of the unit, one of {@link UnitKind}
 * @param parentExternalId the parent's external id, or {@code null} for a root
 */
public record DirectoryUnit(String externalId, String name, UnitKind kind, String parentExternalId) {

	public DirectoryUnit {
		Objects.requireNonNull(externalId, "externalId");
		Objects.requireNonNull(kind, "kind");
	}

	public boolean isRoot() {
		return parentExternalId == null;
	}
}
