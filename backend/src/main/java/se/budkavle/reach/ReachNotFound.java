package se.budkavle.reach;

/**
 * No such post or unit, or none the viewer may know about.
 */
public class ReachNotFound extends RuntimeException {

	private final String type;

	ReachNotFound(String type, String message) {
		super(message);
		this.type = type;
	}

	/** The problem type: {@code post-not-found} or {@code unit-not-found}. */
	public String type() {
		return this.type;
	}
}
