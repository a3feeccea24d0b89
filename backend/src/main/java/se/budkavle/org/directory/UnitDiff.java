package se.budkavle.org.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import se.budkavle.integration.directory.DirectoryUnit;
import se.budkavle.org.directory.StoredOrganisation.StoredUnit;

/**
 * The unit changes that make the stored tree match a directory; units missing from the directory are deactivated
 * where they are (they keep their parent) and never deleted.
 *
 * @param ids the stored or newly chosen id of every unit in the directory, by external id
 * @param inserts units to add (their parent is set with {@code parentChanges})
 * @param rewrites existing units whose name, kind or active flag changes
 * @param parentChanges units whose parent is set: new units and moved ones
 * @param deactivations units missing from the directory
 * @param updated the number of units renamed or given another kind
 * @param moved the number of existing units with another parent
 * @param reactivated the number of deactivated units back in the directory
 */
record UnitDiff(Map<String, UUID> ids, List<StoredUnit> inserts, List<StoredUnit> rewrites,
		List<StoredUnit> parentChanges, List<UUID> deactivations, int updated, int moved, int reactivated) {

	static UnitDiff between(Map<String, StoredUnit> stored, List<DirectoryUnit> directory) {
		return between(stored, directory, Map.of());
	}

	/**
	 * The unit changes of part of a directory, whose units may name units outside the part as their parents.
	 * @param outside the ids of stored units outside the part that it names, by external id
	 */
	static UnitDiff between(Map<String, StoredUnit> stored, List<DirectoryUnit> directory, Map<String, UUID> outside) {
		Map<String, UUID> ids = new HashMap<>(outside);
		directory.forEach((unit) -> ids.put(unit.externalId(), idOf(stored.get(unit.externalId()))));
		List<StoredUnit> inserts = new ArrayList<>();
		List<StoredUnit> rewrites = new ArrayList<>();
		List<StoredUnit> parentChanges = new ArrayList<>();
		int updated = 0;
		int moved = 0;
		int reactivated = 0;
		for (DirectoryUnit unit : directory) {
			StoredUnit before = stored.get(unit.externalId());
			StoredUnit after = new StoredUnit(ids.get(unit.externalId()), unit.externalId(), unit.name(),
					unit.kind().name(), unit.isRoot() ? null : ids.get(unit.parentExternalId()), true);
			if (before == null) {
				inserts.add(after);
				if (after.parentId() != null) {
					parentChanges.add(after);
				}
				continue;
			}
			boolean renamed = !after.name().equals(before.name()) || !after.kind().equals(before.kind());
			updated += renamed ? 1 : 0;
			reactivated += before.active() ? 0 : 1;
			if (renamed || !before.active()) {
				rewrites.add(after);
			}
			if (!Objects.equals(after.parentId(), before.parentId())) {
				moved++;
				parentChanges.add(after);
			}
		}
		return new UnitDiff(ids, inserts, rewrites, parentChanges, missing(stored, ids.keySet()), updated, moved,
				reactivated);
	}

	/** Whether the tree's shape changes, so that its closure must be rebuilt. */
	boolean reshapesTree() {
		return !this.inserts.isEmpty() || !this.parentChanges.isEmpty();
	}

	private static UUID idOf(StoredUnit stored) {
		return (stored != null) ? stored.id() : UUID.randomUUID();
	}

	private static List<UUID> missing(Map<String, StoredUnit> stored, Set<String> present) {
		return stored.values()
			.stream()
			.filter((unit) -> unit.active() && !present.contains(unit.externalId()))
			.map(StoredUnit::id)
			.collect(Collectors.toList());
	}
}
