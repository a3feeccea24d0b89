package se.budkavle.records.retention;

import java.util.UUID;

/** Raised when a hold is released a second time; answered as 409. */
class HoldReleased extends RuntimeException {

	HoldReleased(UUID id) {
		super("The legal hold " + id + " was already released.");
	}
}
