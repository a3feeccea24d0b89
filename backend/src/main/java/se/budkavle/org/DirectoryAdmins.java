package se.budkavle.org;

import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Who administers the hub, as far as the organisation can tell: the identity module knows the admin role from tokens
 * and implements this, so that a directory import can refuse to leave the hub without an active administrator.
 */
public interface DirectoryAdmins {

	/**
	 * The people recently signed in with the admin role.
	 * @return their person ids, active or not
	 */
	Mono<Set<UUID>> admins();
}
