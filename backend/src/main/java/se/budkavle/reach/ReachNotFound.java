package se.budkavle.reach;

import java.util.UUID;

/**
 * No such post or unit, or none the viewer may know about.
 */
public class ReachNotFound extends RuntimeException {

	private final String type;

	private ReachNotFound(String type, String message) {
		super(message);
		this.type = type;
	}

	static ReachNotFound post(UUID postId) {
		return new ReachNotFound("post-not-found", "There is no post " + postId + ".");
	}

	static ReachNotFound unit(UUID unitId) {
		return new ReachNotFound("unit-not-found", "There is no unit " + unitId + ".");
	}

	static ReachNotFound emptyOrganisation() {
		return new ReachNotFound("unit-not-found", "The organisation is empty.");
	}

	/** The problem type: {@code post-not-found} or {@code unit-not-found}. */
	public String type() {
		return this.type;
	}
}
