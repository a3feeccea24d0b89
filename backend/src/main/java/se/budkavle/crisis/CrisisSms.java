package se.budkavle.crisis;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.platform.Binding;

/**
 * Crisis messages by SMS: each crisis message (the first, each update, the all-clear) is recorded as one row per
 * person in the sending transaction (no number in the directory: NO_NUMBER, counted in the log), and sent from there
 * as an outbox of its own: rows claimed with a lease, sent a few at a time through the {@link SmsGateway} outside any
 * transaction, each outcome recorded on its own and a failure retried after a doubling wait. Nothing else waits for
 * the gateway, and the gateway waits for nothing else.
 */
@Component
class CrisisSms {

	static final String CHANNEL = "sms";

	static final String SENT = "sent";

	static final String ALL_CLEAR = "all-clear";

	private static final int MAX_LENGTH = 1000;

	private static final String ENQUEUE = """
			insert into crisis_delivery (crisis_id, person_id, channel, message, status, created_at, next_attempt_at)
			select r.crisis_id, r.person_id, :channel, :message,
			       case when ph.phone is null then 'NO_NUMBER' else 'PENDING' end, :now, :now
			from crisis_recipient r left join org_person_phone ph on ph.id = r.person_id
			where r.crisis_id = :crisisId
			on conflict do nothing""";

	private static final String CLAIM = """
			with claimed as (
			    update crisis_delivery d set attempts = d.attempts + 1, next_attempt_at = :lease
			    where (d.crisis_id, d.person_id, d.channel, d.message) in (
			        select crisis_id, person_id, channel, message from crisis_delivery
			        where channel = :channel and status in ('PENDING', 'FAILED') and next_attempt_at <= :now
			        order by next_attempt_at limit :limit for update skip locked)
			    returning d.crisis_id, d.person_id, d.message, d.attempts)
			select c.crisis_id, c.person_id, c.message, c.attempts, ph.phone, k.title, k.exercise,
			       case when c.message = 'sent' then k.body when c.message = 'all-clear' then k.all_clear_body
			            else u.body end as text
			from claimed c join crisis k on k.id = c.crisis_id
			left join crisis_update u on cast(u.id as text) = c.message
			left join org_person_phone ph on ph.id = c.person_id""";

	private static final String RECORD = """
			update crisis_delivery set status = :status, next_attempt_at = :next, last_error = :error,
			       delivered_at = case when :status = 'SENT' then cast(:now as timestamptz) end
			where crisis_id = :crisisId and person_id = :personId and channel = :channel and message = :message""";

	private final DatabaseClient database;

	private final SmsGateway gateway;

	private final CrisisProperties.Sms settings;

	private final Clock clock;

	CrisisSms(DatabaseClient database, CrisisProperties properties, Clock clock) {
		this.database = database;
		this.gateway = new SmsGateway(WebClient.create(), properties.sms());
		this.settings = properties.sms();
		this.clock = clock;
	}

	/**
	 * Records one text per person the crisis went to for this message; joins the caller's transaction. Nothing when no
	 * gateway is configured.
	 * @param crisisId the crisis
	 * @param message {@link #SENT}, {@link #ALL_CLEAR} or an update's id
	 * @return completes when recorded
	 */
	Mono<Void> enqueue(UUID crisisId, String message) {
		if (!this.settings.enabled()) {
			return Mono.empty();
		}
		return this.database.sql(ENQUEUE)
			.bind("crisisId", crisisId)
			.bind("channel", CHANNEL)
			.bind("message", message)
			.bind("now", this.clock.instant())
			.then();
	}

	/**
	 * One run: claims and sends due texts, {@code concurrency} at a time, until none is due or the batch is done.
	 * @return how many texts were attempted
	 */
	@Scheduled(fixedDelayString = "${budkavle.crisis.sms.interval}")
	Mono<Long> drain() {
		if (!this.settings.enabled()) {
			return Mono.just(0L);
		}
		int rounds = Math.max(1, this.settings.batchSize() / this.settings.concurrency());
		return Flux.range(0, rounds)
			.concatMap((round) -> claim().flatMap(this::send, this.settings.concurrency()).count())
			.takeWhile((attempted) -> attempted > 0)
			.reduce(0L, Long::sum);
	}

	private Flux<Text> claim() {
		Instant now = this.clock.instant();
		return this.database.sql(CLAIM)
			.bind("channel", CHANNEL)
			.bind("now", now)
			.bind("lease", now.plus(this.settings.timeout().multipliedBy(2)))
			.bind("limit", this.settings.concurrency())
			.map(CrisisSms::text)
			.all()
			.collectList()
			.flatMapMany(Flux::fromIterable);
	}

	private Mono<Void> send(Text text) {
		if (text.phone() == null) {
			return record(text, "NO_NUMBER", null);
		}
		return this.gateway.send(text.phone(), text.message())
			.then(Mono.defer(() -> record(text, "SENT", null)))
			.onErrorResume((error) -> record(text,
					(text.attempt() >= this.settings.maxAttempts()) ? "GAVE_UP" : "FAILED", error));
	}

	private Mono<Void> record(Text text, String status, Throwable error) {
		Instant now = this.clock.instant();
		Instant next = "FAILED".equals(status) ? now.plus(this.settings.backoff(text.attempt())) : now;
		return Binding.nullable(this.database.sql(RECORD), "error", (error != null) ? describe(error) : null, String.class)
			.bind("status", status)
			.bind("next", next)
			.bind("now", now)
			.bind("crisisId", text.crisisId())
			.bind("personId", text.personId())
			.bind("channel", CHANNEL)
			.bind("message", text.messageKey())
			.then();
	}

	private static String describe(Throwable error) {
		String text = error.getClass().getSimpleName() + ((error.getMessage() != null) ? ": " + error.getMessage() : "");
		return (text.length() > MAX_LENGTH) ? text.substring(0, MAX_LENGTH) : text;
	}

	private static Text text(Readable row) {
		boolean exercise = Boolean.TRUE.equals(row.get("exercise", Boolean.class));
		String body = (row.get("text", String.class) != null) ? row.get("text", String.class) : "";
		String message = (exercise ? "ÖVNING: " : "") + row.get("title", String.class) + "\n" + body;
		return new Text(row.get("crisis_id", UUID.class), row.get("person_id", UUID.class),
				row.get("message", String.class), row.get("attempts", Integer.class), row.get("phone", String.class),
				(message.length() > MAX_LENGTH) ? message.substring(0, MAX_LENGTH - 1) + "…" : message);
	}

	/** One claimed text: for whom, which crisis message, the attempt it is, the number and the words. */
	private record Text(UUID crisisId, UUID personId, String messageKey, int attempt, String phone, String message) {
	}
}
