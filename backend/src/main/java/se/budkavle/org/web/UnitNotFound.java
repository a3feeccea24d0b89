package se.budkavle.org.web;

import java.util.UUID;

/**
 * Raised when a unit id names no unit.
 */
class UnitNotFound extends RuntimeException {

	UnitNotFound(UUID id) {
		super("There is no unit " + id);
	}
}
