package se.budkavle.identity;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Where a role holds, so that every module asks the same question: the whole organisation, or the subtrees under some
 * units (the units themselves, {@code roots}, and every unit below them, {@code units}).
 *
 * @param whole whether the role holds for the whole organisation
 * @param roots the units the role was given for (empty when whole)
 * @param units every unit in the subtrees under the roots, the roots included (empty when whole)
 */
public record RoleScope(boolean whole, Set<UUID> roots, Set<UUID> units) {

	/** Not held anywhere. */
	public static final RoleScope NONE = new RoleScope(false, Set.of(), Set.of());

	/** Held for the whole organisation. */
	public static final RoleScope WHOLE = new RoleScope(true, Set.of(), Set.of());

	public RoleScope {
		roots = whole ? Set.of() : Set.copyOf(roots);
		units = whole ? Set.of() : Set.copyOf(units);
	}

	/** Whether the role holds for the unit. */
	public boolean covers(UUID unitId) {
		return this.whole || this.units.contains(unitId);
	}

	/** Whether the role holds for every one of the units (and there is at least one). */
	public boolean coversAll(Collection<UUID> unitIds) {
		return !unitIds.isEmpty() && (this.whole || this.units.containsAll(unitIds));
	}

	/** Whether the role holds anywhere at all. */
	public boolean held() {
		return this.whole || !this.units.isEmpty();
	}

	/** The scope of holding either role. */
	public RoleScope union(RoleScope other) {
		if (this.whole || other.whole) {
			return WHOLE;
		}
		Set<UUID> allRoots = new HashSet<>(this.roots);
		allRoots.addAll(other.roots);
		Set<UUID> allUnits = new HashSet<>(this.units);
		allUnits.addAll(other.units);
		return new RoleScope(false, allRoots, allUnits);
	}

	/**
	 * The covered units for a SQL array parameter; SQL written as {@code (:whole or x = any(:units))} also reads the
	 * {@link #whole()} flag.
	 */
	public UUID[] unitArray() {
		return this.units.toArray(UUID[]::new);
	}
}
