package se.budkavle.reach;

/**
 * The viewer may not see reach figures for this unit: only HR and communicators see the whole organisation, and
 * managers their own subtree.
 */
public class ReachForbidden extends RuntimeException {

	ReachForbidden(String message) {
		super(message);
	}
}
