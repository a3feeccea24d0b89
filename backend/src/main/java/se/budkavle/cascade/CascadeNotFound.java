package se.budkavle.cascade;

import java.util.UUID;

/** There is no such cascade, or the viewer is outside it (the two are not told apart). */
class CascadeNotFound extends RuntimeException {

	CascadeNotFound(UUID id) {
		super("There is no cascade " + id + ".");
	}
}
