package se.budkavle.acknowledgement;

import java.util.UUID;

/** Raised when someone confirms, follows or reminds about a post that does not ask for acknowledgement. */
class AcknowledgementNotRequested extends RuntimeException {

	AcknowledgementNotRequested(UUID postId) {
		super("The post " + postId + " does not ask readers to confirm that they have read it");
	}
}
