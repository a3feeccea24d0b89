package se.budkavle.acknowledgement;

/** Raised when the viewer may see the post but not what they asked for (progress lists, reminders). */
class NotAllowed extends RuntimeException {

	NotAllowed(String message) {
		super(message);
	}
}
