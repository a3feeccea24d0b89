package se.budkavle.org.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import se.budkavle.integration.directory.DirectoryPerson;
import se.budkavle.integration.directory.PhoneNumbers;
import se.budkavle.org.directory.StoredOrganisation.Link;
import se.budkavle.org.directory.StoredOrganisation.StoredPerson;

/**
 * The person and membership changes that make the stored people match a directory; people missing from the
 * directory are deactivated, keep their last memberships for the records and are never deleted.
 *
 * @param ids the stored or newly chosen id of every person in the directory, by external id
 * @param inserts people to add
 * @param rewrites existing people whose name, e-mail, job title, phone number or active flag changes
 * @param emailReleases people whose e-mail changes; cleared first so that two people may swap addresses
 * @param deactivations people missing from the directory
 * @param memberships the membership changes of the people in the directory
 * @param updated the number of people whose name, e-mail, job title or phone number changed
 * @param moved the number of existing people whose units changed
 * @param reactivated the number of deactivated people back in the directory
 */
record PeopleDiff(Map<String, UUID> ids, List<StoredPerson> inserts, List<StoredPerson> rewrites,
		List<UUID> emailReleases, List<UUID> deactivations, LinkDiff memberships, int updated, int moved,
		int reactivated) {

	static PeopleDiff between(StoredOrganisation stored, List<DirectoryPerson> directory, Map<String, UUID> unitIds) {
		Map<UUID, List<Link>> storedMemberships = stored.memberships()
			.stream()
			.collect(Collectors.groupingBy(Link::personId));
		Map<String, UUID> ids = new HashMap<>();
		List<StoredPerson> inserts = new ArrayList<>();
		List<StoredPerson> rewrites = new ArrayList<>();
		List<UUID> emailReleases = new ArrayList<>();
		LinkDiff.Builder memberships = new LinkDiff.Builder();
		int updated = 0;
		int moved = 0;
		int reactivated = 0;
		for (DirectoryPerson person : directory) {
			StoredPerson before = stored.people().get(person.externalId());
			StoredPerson after = new StoredPerson((before != null) ? before.id() : UUID.randomUUID(),
					person.externalId(), person.displayName(), person.email(), person.jobTitle(), true,
					PhoneNumbers.normalise(person.phone()));
			ids.put(after.externalId(), after.id());
			boolean unitsChanged = memberships.person(storedMemberships.getOrDefault(after.id(), List.of()),
					wanted(person, after.id(), unitIds));
			if (before == null) {
				inserts.add(after);
				continue;
			}
			boolean changed = !Objects.equals(after.displayName(), before.displayName())
					|| !Objects.equals(after.email(), before.email())
					|| !Objects.equals(after.jobTitle(), before.jobTitle())
					|| !Objects.equals(after.phone(), before.phone());
			updated += changed ? 1 : 0;
			moved += unitsChanged ? 1 : 0;
			reactivated += before.active() ? 0 : 1;
			if (changed || !before.active()) {
				rewrites.add(after);
			}
			if (before.email() != null && !before.email().equals(after.email())) {
				emailReleases.add(after.id());
			}
		}
		return new PeopleDiff(ids, inserts, rewrites, emailReleases, missing(stored, ids.keySet()),
				memberships.build(), updated, moved, reactivated);
	}

	/**
	 * The people whose listing under units may change: added, rewritten (name or active flag), deactivated, or with
	 * memberships added or removed.
	 * @return their ids, each once
	 */
	Set<UUID> touched() {
		Set<UUID> touched = new HashSet<>(this.deactivations);
		this.inserts.forEach((person) -> touched.add(person.id()));
		this.rewrites.forEach((person) -> touched.add(person.id()));
		this.memberships.removed().forEach((link) -> touched.add(link.personId()));
		this.memberships.added().forEach((link) -> touched.add(link.personId()));
		return touched;
	}

	private static List<Link> wanted(DirectoryPerson person, UUID personId, Map<String, UUID> unitIds) {
		List<String> units = person.unitExternalIds();
		List<Link> links = new ArrayList<>(units.size());
		for (int i = 0; i < units.size(); i++) {
			links.add(new Link(unitIds.get(units.get(i)), personId, i == 0));
		}
		return links;
	}

	private static List<UUID> missing(StoredOrganisation stored, Set<String> present) {
		return stored.people()
			.values()
			.stream()
			.filter((person) -> person.active() && !present.contains(person.externalId()))
			.map(StoredPerson::id)
			.collect(Collectors.toList());
	}
}
