package se.budkavle.crisis;

import java.util.UUID;

/** The crisis does not exist, or does not concern the viewer. */
class CrisisNotFound extends RuntimeException {

	CrisisNotFound(UUID id) {
		super("No crisis " + id + " that concerns you");
	}
}
