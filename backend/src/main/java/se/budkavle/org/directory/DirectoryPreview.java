package se.budkavle.org.directory;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import se.budkavle.org.DirectoryChanges;
import se.budkavle.org.directory.StoredOrganisation.Link;
import se.budkavle.org.directory.StoredOrganisation.StoredPerson;

/**
 * What applying a directory would change, worked out without writing anything: the counts, the first people of each
 * kind of change, and whether the import needs a confirmation or would be refused for leaving no administrator.
 *
 * @param changes the counts per kind of change
 * @param total all changes together
 * @param deactivation how many people and administrators it deactivates, out of how many active ones
 * @param needsConfirmation whether it must be sent with {@code confirm=true}
 * @param leavesNoAdmin whether it would be refused for deactivating every active administrator
 * @param first up to {@value #SAMPLES} people of each kind of change
 */
public record DirectoryPreview(DirectoryChanges changes, int total, DeactivationCounts deactivation,
		boolean needsConfirmation, boolean leavesNoAdmin, Samples first) {

	/** How many people of each kind of change a preview names. */
	public static final int SAMPLES = 10;

	/**
	 * People named by a preview, by kind of change.
	 *
	 * @param added new in the directory
	 * @param updated name, e-mail or job title changed, or back in the directory
	 * @param moved memberships changed
	 * @param deactivated missing from the directory
	 */
	public record Samples(List<Sample> added, List<Sample> updated, List<Sample> moved, List<Sample> deactivated) {
	}

	/**
	 * One person in a preview.
	 *
	 * @param id the person's id in the directory
	 * @param name the name shown to colleagues
	 */
	public record Sample(String id, String name) {
	}

	static DirectoryPreview of(StoredOrganisation stored, DirectoryPlan plan, ImportSafety safety) {
		DeactivationCounts counts = DeactivationCounts.of(stored, plan, safety.admins());
		boolean leavesNoAdmin = counts.activeAdmins() > 0 && counts.adminsDeactivated() == counts.activeAdmins();
		DirectoryChanges changes = plan.changes();
		return new DirectoryPreview(changes, changes.total(), counts,
				counts.needsConfirmation(safety.maxDeactivationShare()), leavesNoAdmin, samples(stored, plan));
	}

	private static Samples samples(StoredOrganisation stored, DirectoryPlan plan) {
		Map<UUID, StoredPerson> byId = new HashMap<>();
		stored.people().values().forEach((person) -> byId.put(person.id(), person));
		PeopleDiff people = plan.people();
		Set<UUID> added = new LinkedHashSet<>();
		people.inserts().forEach((person) -> added.add(person.id()));
		LinkDiff memberships = people.memberships();
		Set<UUID> moved = new LinkedHashSet<>();
		Stream.of(memberships.added(), memberships.removed(), memberships.flagChanges())
			.flatMap(List::stream)
			.map(Link::personId)
			.filter((id) -> !added.contains(id))
			.forEach(moved::add);
		return new Samples(named(people.inserts().stream()), named(people.rewrites().stream()),
				named(moved.stream().map(byId::get).filter(Objects::nonNull)),
				named(people.deactivations().stream().map(byId::get)));
	}

	private static List<Sample> named(Stream<StoredPerson> people) {
		return people.limit(SAMPLES).map((person) -> new Sample(person.externalId(), person.displayName())).toList();
	}
}
