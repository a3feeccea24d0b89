package se.budkavle.delivery.webpush;

import java.time.Clock;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The browsers each person gets Web Push notifications in: one row per endpoint, written when a browser subscribes and
 * renewed each time it subscribes again (the widget does on every load), removed when the person turns it off, the
 * push service says the subscription is gone, or retention finds it not renewed for long ({@link PushRetention}).
 */
@Component
class PushSubscriptions {

	static final String SAVE = """
			insert into web_push_subscription (person_id, endpoint, p256dh, auth, created_at, renewed_at)
			values (:person, :endpoint, :p256dh, :auth, :now, :now)
			on conflict (endpoint) do update set person_id = excluded.person_id, p256dh = excluded.p256dh,
			    auth = excluded.auth, renewed_at = excluded.renewed_at""";

	static final String REMOVE = "delete from web_push_subscription where endpoint = :endpoint and person_id = :person";

	static final String GONE = "delete from web_push_subscription where id = :id";

	static final String OF = "select id, endpoint, p256dh, auth from web_push_subscription where person_id = :person";

	static final String USED = "update web_push_subscription set last_used_at = :now where id = :id";

	private final DatabaseClient database;

	private final Clock clock;

	PushSubscriptions(DatabaseClient database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	/**
	 * Stores the browser's subscription for the person; the same endpoint again replaces its keys and owner and renews
	 * it.
	 */
	Mono<Void> save(UUID personId, PushSubscriptionRequest subscription) {
		return this.database.sql(SAVE)
			.bind("person", personId)
			.bind("endpoint", subscription.endpoint())
			.bind("p256dh", subscription.keys().p256dh())
			.bind("auth", subscription.keys().auth())
			.bind("now", this.clock.instant())
			.then();
	}

	/** Removes the person's subscription with this endpoint. */
	Mono<Long> remove(UUID personId, String endpoint) {
		return this.database.sql(REMOVE).bind("endpoint", endpoint).bind("person", personId).fetch().rowsUpdated();
	}

	Flux<Subscription> of(UUID personId) {
		return this.database.sql(OF).bind("person", personId).mapProperties(Subscription.class).all();
	}

	Mono<Void> gone(Subscription subscription) {
		return this.database.sql(GONE).bind("id", subscription.id()).then();
	}

	Mono<Void> used(Subscription subscription) {
		return this.database.sql(USED).bind("id", subscription.id()).bind("now", this.clock.instant()).then();
	}

	/** One stored subscription, as the channel sends to it. */
	record Subscription(UUID id, String endpoint, String p256dh, String auth) {
	}
}
