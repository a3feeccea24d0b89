package se.budkavle.platform.database;

import java.nio.file.Path;

/**
 * Raised when another running instance holds the embedded database's data directory.
 */
class EmbeddedDatabaseInUse extends RuntimeException {

	private final Path dataDirectory;

	EmbeddedDatabaseInUse(Path dataDirectory) {
		super("The embedded database directory " + dataDirectory + " is in use by another running instance");
		this.dataDirectory = dataDirectory;
	}

	Path dataDirectory() {
		return this.dataDirectory;
	}
}
