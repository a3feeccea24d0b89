package se.budkavle.crisis;

import java.time.Clock;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.delivery.DeepLinks;
import se.budkavle.delivery.Notifier;

/**
 * Hands a crisis message to every channel in the sending transaction: an in-app notification per person through the
 * delivery module's {@link Notifier}, all recipients in one set-based call (not a statement per person, which at
 * 10,000 people kept the transaction and so every channel waiting for minutes: bench/README.md), whose outbox then
 * sends e-mail each on its own (a channel that is down is retried without holding up the others), a card in each
 * unit's Teams channel ({@link CrisisTeams}), a text per person by SMS ({@link CrisisSms}), and a delivery row per
 * person and channel for the log.
 */
@Component
class CrisisChannels {

	static final String IN_APP = "in-app";

	static final String RECIPIENTS = "select person_id from crisis_recipient where crisis_id = :id";

	static final String IN_APP_DELIVERED = """
			insert into crisis_delivery (crisis_id, person_id, channel, status, created_at, delivered_at)
			select crisis_id, person_id, :channel, 'SENT', :now, :now from crisis_recipient where crisis_id = :id""";

	private final DatabaseClient database;

	private final Notifier notifier;

	private final Clock clock;

	private final CrisisSms sms;

	private final CrisisTeams teams;

	private final DeepLinks links;

	CrisisChannels(DatabaseClient database, Notifier notifier, Clock clock, CrisisSms sms, CrisisTeams teams,
			DeepLinks links) {
		this.teams = teams;
		this.links = links;
		this.database = database;
		this.notifier = notifier;
		this.clock = clock;
		this.sms = sms;
	}

	/** Records the message for every channel; joins the caller's transaction. */
	Mono<Void> send(UUID crisisId, CrisisRequest request) {
		String title = (request.exercise() ? "ÖVNING: " : "") + request.title();
		return this.database.sql(RECIPIENTS)
			.bind("id", crisisId)
			.mapValue(UUID.class)
			.all()
			.collectList()
			.flatMap((people) -> this.notifier.notifyEach(people, "crisis.sent", title, request.body(),
					this.links.crisis(crisisId), null))
			.then(this.database.sql(IN_APP_DELIVERED)
				.bind("id", crisisId)
				.bind("channel", IN_APP)
				.bind("now", this.clock.instant())
				.then())
			.then(this.sms.enqueue(crisisId, CrisisSms.SENT))
			.then(this.teams.announce(crisisId, CrisisSms.SENT));
	}
}
