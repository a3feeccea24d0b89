package se.budkavle.identity;

import reactor.core.publisher.Mono;

/**
 * Tells every hub instance that cached viewers may be out of date (someone was deactivated, renamed or moved, or a
 * role was given or withdrawn); the live module implements it with a notification on its LISTEN connection.
 */
public interface ViewerChanges {

	/**
	 * Announces the change in the caller's transaction: once it commits, every instance forgets its cached viewers
	 * ({@link ViewerCache#forgetAll()}), this one before the caller's next step.
	 * @return completes when announced
	 */
	Mono<Void> announce();
}
