package se.budkavle.org;

import reactor.core.publisher.Mono;

/**
 * Told, inside the transaction of every directory import or sync that changed something, what it changed: other
 * modules implement it to react (the identity module has every instance forget its cached viewers).
 */
public interface DirectoryListener {

	/**
	 * Reacts to an applied directory, as part of its transaction.
	 * @param changes what the import changed (never nothing)
	 * @return completes when done; an error rolls the import back
	 */
	Mono<Void> applied(DirectoryChanges changes);
}
