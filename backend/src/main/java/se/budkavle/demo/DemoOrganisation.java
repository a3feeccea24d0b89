package se.budkavle.demo;

import java.util.List;

import se.budkavle.integration.directory.DirectorySnapshot;

/**
 * The generated demo organisation as a directory snapshot, and the personas placed in it.
 *
 * @param snapshot the units, people and managers, ready to apply like any directory import
 * @param personas the fixed personas, all of whom are among the snapshot's people
 */
record DemoOrganisation(DirectorySnapshot snapshot, List<DemoPersona> personas) {

	DemoOrganisation {
		personas = List.copyOf(personas);
	}
}
