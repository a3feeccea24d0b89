package se.budkavle.org.web;

import java.util.UUID;

/**
 * Raised when a person id names nobody.
 */
class PersonNotFound extends RuntimeException {

	PersonNotFound(UUID id) {
		super("There is no person " + id);
	}
}
