package se.budkavle.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import se.budkavle.org.DirectoryChanges;
import se.budkavle.org.DirectoryListener;

/**
 * Announces that cached viewers are out of date when a directory import or sync changed something and when a role is
 * given or withdrawn, in the transaction of the change ({@link ViewerChanges}; without it, this instance forgets at
 * once).
 */
@Component
class StaleViewers implements DirectoryListener {

	private final ObjectProvider<ViewerChanges> changes;

	private final ViewerCache cache;

	StaleViewers(ObjectProvider<ViewerChanges> changes, ViewerCache cache) {
		this.changes = changes;
		this.cache = cache;
	}

	@Override
	public Mono<Void> applied(DirectoryChanges changes) {
		return announce();
	}

	Mono<Void> announce() {
		ViewerChanges announcer = this.changes.getIfAvailable();
		return (announcer != null) ? announcer.announce() : Mono.fromRunnable(this.cache::forgetAll);
	}
}
