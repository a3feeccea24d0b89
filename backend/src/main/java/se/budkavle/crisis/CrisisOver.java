package se.budkavle.crisis;

import java.util.UUID;

/** The all-clear has been given: the crisis takes no more updates nor a second all-clear. */
class CrisisOver extends RuntimeException {

	CrisisOver(UUID id) {
		super("The all-clear for crisis " + id + " has already been given");
	}
}
