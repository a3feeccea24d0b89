package se.budkavle.integration.directory;

import java.util.List;

/**
 * The whole organisation as one directory source sees it at one moment; applying it is a diff against what is
 * stored, so anything missing from the snapshot is deactivated.
 *
 * @param units all units, in any order
 * @param people all active people
 * @param managers all manager assignments
 */
public record DirectorySnapshot(List<DirectoryUnit> units, List<DirectoryPerson> people,
		List<DirectoryManager> managers) {

	public DirectorySnapshot {
		units = List.copyOf(units);
		people = List.copyOf(people);
		managers = List.copyOf(managers);
	}
}
