package se.budkavle.questions;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Holds each person to a number of questions a day without storing who asked an anonymous question: named questions
 * are counted from the questions themselves, anonymous ones under an HMAC of (person, day) whose secret is never in
 * the database, so nobody reading it can tell whose count a row is.
 */
@Component
class DailyLimit {

	private static final Log logger = LogFactory.getLog(DailyLimit.class);

	private final DatabaseClient database;

	private final QuestionsProperties properties;

	private final Clock clock;

	private final byte[] secret;

	DailyLimit(DatabaseClient database, QuestionsProperties properties, Clock clock) {
		this.database = database;
		this.properties = properties;
		this.clock = clock;
		this.secret = secret(properties.limitSecret());
	}

	/**
	 * Counts one more question by the person today, or fails when that would exceed the limit. Call it inside the
	 * transaction that stores the question, so a refused question leaves no count behind.
	 * @param personId the asker
	 * @param anonymous whether the question is anonymous (counted under the keyed hash only)
	 * @return completes when the question may be asked
	 */
	Mono<Void> take(UUID personId, boolean anonymous) {
		LocalDate today = this.clock.instant().atZone(this.properties.zone()).toLocalDate();
		Mono<Long> named = this.database.sql("""
				select count(*) from question where asker_id = :personId and asked_at >= :start""")
			.bind("personId", personId)
			.bind("start", today.atStartOfDay(this.properties.zone()).toInstant())
			.map((row) -> row.get(0, Long.class))
			.one();
		Mono<Long> anonymousCount = anonymous ? increment(today, tag(personId, today)) : current(today, tag(personId, today));
		// One statement after the other, never zipped: in the asking transaction they run on its one connection. The
		// lock makes count-then-insert exact for concurrent questions by one person; it is held until the asking
		// transaction ends and keyed by the keyed hash, so even a glance at pg_locks does not name the asker.
		return lock(today, personId).then(named).flatMap((namedCount) -> anonymousCount.map((count) -> namedCount + count)).flatMap((total) -> {
			long asked = total + (anonymous ? 0 : 1);
			return (asked > this.properties.dailyLimit()) ? Mono.error(new DailyLimitReached(untilTomorrow(today)))
					: Mono.empty();
		});
	}

	private Mono<Void> lock(LocalDate today, UUID personId) {
		return this.database.sql("select pg_advisory_xact_lock(:key)")
			.bind("key", ByteBuffer.wrap(tag(personId, today)).getLong())
			.then();
	}

	/** Forgets the counts of days gone by. */
	Mono<Long> forgetPastDays() {
		return this.database.sql("delete from question_quota where day < :today")
			.bind("today", this.clock.instant().atZone(this.properties.zone()).toLocalDate())
			.fetch()
			.rowsUpdated();
	}

	byte[] tag(UUID personId, LocalDate day) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return mac.doFinal((personId + "|" + day).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", ex);
		}
	}

	private Mono<Long> increment(LocalDate day, byte[] tag) {
		return this.database.sql("""
				insert into question_quota (day, tag, count) values (:day, :tag, 1)
				on conflict (day, tag) do update set count = question_quota.count + 1 returning count""")
			.bind("day", day)
			.bind("tag", tag)
			.map((row) -> row.get(0, Integer.class).longValue())
			.one();
	}

	private Mono<Long> current(LocalDate day, byte[] tag) {
		return this.database.sql("select count from question_quota where day = :day and tag = :tag")
			.bind("day", day)
			.bind("tag", tag)
			.map((row) -> row.get(0, Integer.class).longValue())
			.one()
			.defaultIfEmpty(0L);
	}

	private Duration untilTomorrow(LocalDate today) {
		return Duration.between(this.clock.instant(), today.plusDays(1).atStartOfDay(this.properties.zone()));
	}

	private static byte[] secret(String configured) {
		if (configured != null && !configured.isBlank()) {
			return configured.getBytes(StandardCharsets.UTF_8);
		}
		logger.warn("budkavle.questions.limit-secret is not set: using a random secret, so the daily question limits "
				+ "reset whenever the hub restarts. Set one (kept outside the database) in production.");
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return random;
	}
}
