package se.budkavle.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;


/**
 * Sends due deliveries through their channels as an outbox with leases: a short statement claims a few due rows (they
 * stay invisible to every other run until the lease ends), the channels send them outside any transaction, and each
 * outcome is recorded in a statement of its own: SENT, or FAILED to be tried again after a doubling wait until the
 * attempts run out (GAVE_UP). A crash between send and record re-sends at most the rows in flight, once their lease
 * has run out. Nothing here runs in a poster's request, and no database lock is held while the network is used.
 *
 * <p>Each channel drains on its own: its rows are claimed, sent ({@code concurrency} at a time, each call cut off
 * after {@code attemptTimeout}) and recorded apart from every other channel's, so a channel that is slow or down
 * (Microsoft 365) never holds back e-mail over SMTP or any other channel.
 */
@Component
class DeliveryDispatcher {

	/**
	 * Claims up to {@code :limit} due rows for {@code :lease}: one statement, so one short transaction of its own; the
	 * attempt is counted at the claim, so a delivery that crashes the hub every time still runs out of attempts.
	 */
	private static final String CLAIM = """
			with claimed as (
			    update delivery d set attempts = d.attempts + 1, next_attempt_at = :lease, updated_at = :now
			    where d.id in (select id from delivery
			                   where status in ('PENDING', 'FAILED') and next_attempt_at <= :now and channel = :channel
			                   order by next_attempt_at
			                   limit :limit
			                   for update skip locked)
			    returning d.id, d.channel, d.attempts, d.person_id, d.unit_id, d.notification_id, d.announcement_id)
			select d.id, d.channel, d.attempts, d.person_id, d.unit_id, u.external_id as unit_external_id,
			       p.display_name, p.email,
			       n.kind, n.title as n_title, n.body as n_body, n.link as n_link, n.post_id as n_post_id,
			       a.post_id as a_post_id, a.announcement_key as a_key, a.title as a_title, a.excerpt as a_excerpt,
			       a.link as a_link, a.unit_ids, a.fact_labels, a.fact_values
			from claimed d
			left join notification n on n.id = d.notification_id
			left join announcement a on a.id = d.announcement_id
			left join org_person p on p.id = d.person_id
			left join org_unit u on u.id = d.unit_id""";

	/** The channels with due rows, switched off ones too: their rows fail and run out of attempts as before. */
	private static final String DUE_CHANNELS = """
			select distinct channel from delivery where status in ('PENDING', 'FAILED') and next_attempt_at <= :now""";

	private static final String SENT = """
			update delivery set status = 'SENT', sent_at = :now, updated_at = :now, last_error = null
			where id = :id""";

	private static final String FAILED = """
			update delivery set status = :status, next_attempt_at = :next, updated_at = :now, last_error = :error
			where id = :id""";

	private static final int MAX_ERROR_LENGTH = 1000;

	private final DatabaseClient database;

	private final Channels channels;

	private final DeliveryProperties properties;

	private final Clock clock;

	private final DeliveryMetrics metrics;

	private final java.util.Set<String> draining = java.util.concurrent.ConcurrentHashMap.newKeySet();

	DeliveryDispatcher(DatabaseClient database, Channels channels, DeliveryProperties properties, Clock clock,
			DeliveryMetrics metrics) {
		this.database = database;
		this.channels = channels;
		this.properties = properties;
		this.clock = clock;
		this.metrics = metrics;
	}

	/**
	 * One run: for every channel at the same time, claims, sends and records its due deliveries a handful
	 * ({@code concurrency}) at a time, oldest first, until none is due or the channel's batch is done. Instances may run
	 * it at the same time; each claims other rows.
	 * @return how many deliveries were attempted
	 */
	// At a fixed rate, not after the previous run: a run still waiting on a slow channel does not hold up the next
	// run's other channels; a channel already draining in this instance is left to that run.
	@Scheduled(fixedRateString = "${budkavle.delivery.dispatch-interval}")
	Mono<Long> dispatch() {
		return this.database.sql(DUE_CHANNELS)
			.bind("now", this.clock.instant())
			.mapValue(String.class)
			.all()
			.collectList()
			.flatMapMany(Flux::fromIterable)
			.filter(this.draining::add)
			.flatMap((channel) -> drain(channel).doFinally((signal) -> this.draining.remove(channel)))
			.reduce(0L, Long::sum)
			.flatMap((attempted) -> this.metrics.refresh().thenReturn(attempted));
	}

	/** One channel's run: rounds of claim, send and record until none of its rows is due or its batch is done. */
	private Mono<Long> drain(String channel) {
		int chunk = this.properties.concurrency();
		int rounds = Math.max(1, (this.properties.batchSize() + chunk - 1) / chunk);
		return Flux.range(0, rounds)
			.concatMap((round) -> claim(channel).collectList().flatMap(this::sendAndRecord))
			.takeWhile((attempted) -> attempted > 0)
			.reduce(0L, Long::sum);
	}

	private Flux<Delivery> claim(String channel) {
		Instant now = this.clock.instant();
		return this.database.sql(CLAIM)
			.bind("channel", channel)
			.bind("now", now)
			.bind("lease", now.plus(this.properties.lease()))
			.bind("limit", this.properties.concurrency())
			.map(DeliveryDispatcher::delivery)
			.all();
	}

	/** Sends the claimed deliveries together, then records each outcome; the database is not used meanwhile. */
	private Mono<Long> sendAndRecord(List<Delivery> claimed) {
		return Flux.fromIterable(claimed).flatMap(this::send).concatMap(this::record).count();
	}

	private Mono<Attempt> send(Delivery delivery) {
		return Mono.justOrEmpty(this.channels.enabled(delivery.channel()))
			.switchIfEmpty(Mono.error(() -> new ChannelUnavailable(delivery.channel())))
			.flatMap((channel) -> Mono.defer(() -> channel.deliver(delivery)))
			.timeout(this.properties.attemptTimeout())
			.then(Mono.fromCallable(() -> new Attempt(delivery, null)))
			.onErrorResume((error) -> Mono.just(new Attempt(delivery, error)));
	}

	private Mono<Delivery> record(Attempt attempt) {
		Mono<Long> written = (attempt.error() == null) ? sent(attempt.delivery())
				: failed(attempt.delivery(), attempt.error());
		return written.thenReturn(attempt.delivery());
	}

	private Mono<Long> sent(Delivery delivery) {
		this.metrics.attempted(delivery.channel(), "sent");
		return this.database.sql(SENT)
			.bind("id", delivery.id())
			.bind("now", this.clock.instant())
			.fetch()
			.rowsUpdated();
	}

	private Mono<Long> failed(Delivery delivery, Throwable error) {
		Instant now = this.clock.instant();
		boolean givenUp = delivery.attempt() >= this.properties.maxAttempts();
		this.metrics.attempted(delivery.channel(), givenUp ? "gave_up" : "failed");
		return this.database.sql(FAILED)
			.bind("id", delivery.id())
			.bind("status", givenUp ? "GAVE_UP" : "FAILED")
			.bind("next", givenUp ? now : now.plus(this.properties.backoff(delivery.attempt())))
			.bind("now", now)
			.bind("error", describe(error))
			.fetch()
			.rowsUpdated();
	}

	private static String describe(Throwable error) {
		String text = error.getClass().getSimpleName() + ((error.getMessage() != null) ? ": " + error.getMessage() : "");
		return (text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH) : text;
	}

	private static Delivery delivery(Readable row) {
		UUID personId = row.get("person_id", UUID.class);
		Recipient recipient = (personId != null)
				? new Recipient(personId, row.get("display_name", String.class), row.get("email", String.class)) : null;
		String kind = row.get("kind", String.class);
		Notification notification = (kind != null) ? new Notification(personId, kind, row.get("n_title", String.class),
				row.get("n_body", String.class), row.get("n_link", String.class), row.get("n_post_id", UUID.class))
				: null;
		UUID[] unitIds = row.get("unit_ids", UUID[].class);
		Announcement announcement = (unitIds != null) ? new Announcement(row.get("a_post_id", UUID.class),
				row.get("a_key", String.class), row.get("a_title", String.class), row.get("a_excerpt", String.class),
				row.get("a_link", String.class), List.of(unitIds),
				facts(row.get("fact_labels", String[].class), row.get("fact_values", String[].class))) : null;
		return new Delivery(row.get("id", UUID.class), row.get("channel", String.class), notification, announcement,
				recipient, row.get("unit_id", UUID.class), row.get("unit_external_id", String.class),
				row.get("attempts", Integer.class));
	}

	private static List<Announcement.Fact> facts(String[] labels, String[] values) {
		return java.util.stream.IntStream.range(0, Math.min(labels.length, values.length))
			.mapToObj((i) -> new Announcement.Fact(labels[i], values[i]))
			.toList();
	}

	/** One send through a channel: the error, or {@code null} when it was sent. */
	private record Attempt(Delivery delivery, Throwable error) {
	}

	/** Raised for a delivery whose channel is no longer there or switched off; it is retried like any failure. */
	static class ChannelUnavailable extends RuntimeException {

		ChannelUnavailable(String channel) {
			super("The channel '" + channel + "' is not enabled");
		}
	}
}
