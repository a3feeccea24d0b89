package se.budkavle.records.web;

import java.util.UUID;

/** Raised when a records request names a package or person the viewer may not read or that does not exist; 404. */
class RecordNotFound extends RuntimeException {

	private final String type;

	private RecordNotFound(String type, String message) {
		super(message);
		this.type = type;
	}

	static RecordNotFound disclosure(UUID id) {
		return new RecordNotFound("disclosure-not-found", "There is no disclosure " + id + " you may read.");
	}

	static RecordNotFound archivePackage(UUID id) {
		return new RecordNotFound("archive-package-not-found", "There is no archive package " + id + " you may read.");
	}

	static RecordNotFound person(UUID id) {
		return new RecordNotFound("person-not-found", "There is no person " + id + " inside your scope.");
	}

	String type() {
		return this.type;
	}
}
