package se.budkavle.org.web;

import se.budkavle.org.DirectoryChanges;

/**
 * The answer to an applied directory import.
 *
 * @param changes the counts per kind of change
 * @param total all changes together; 0 when the organisation already matched the file
 */
record ImportResult(DirectoryChanges changes, int total) {

	ImportResult(DirectoryChanges changes) {
		this(changes, changes.total());
	}
}
