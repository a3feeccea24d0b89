package se.budkavle.crisis;

/** The viewer's roles and units do not allow what they asked. */
class CrisisForbidden extends RuntimeException {

	CrisisForbidden(String reason) {
		super(reason);
	}
}
