package se.budkavle.cascade;

/** The viewer may not start a cascade to those units, or may not do what they asked with one. */
class CascadeNotAllowed extends RuntimeException {

	CascadeNotAllowed(String message) {
		super(message);
	}
}
