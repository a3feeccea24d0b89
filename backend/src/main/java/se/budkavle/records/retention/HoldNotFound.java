package se.budkavle.records.retention;

import java.util.UUID;

/** Raised when a hold does not exist or lies outside the officer's scope; answered as 404. */
class HoldNotFound extends RuntimeException {

	HoldNotFound(UUID id) {
		super("No legal hold " + id + " within your scope.");
	}
}
