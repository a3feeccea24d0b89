package se.budkavle.news;

import java.util.List;
import java.util.UUID;

/**
 * Raised when a post targets units that do not exist (or no longer do); nothing is written.
 */
class UnknownUnits extends RuntimeException {

	private final List<UUID> unitIds;

	UnknownUnits(List<UUID> unitIds) {
		super("There are no active units " + unitIds);
		this.unitIds = List.copyOf(unitIds);
	}

	List<UUID> unitIds() {
		return this.unitIds;
	}
}
