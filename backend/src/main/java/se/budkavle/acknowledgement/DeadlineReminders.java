package se.budkavle.acknowledgement;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.platform.jobs.ExclusiveJobs;

/**
 * Reminds everyone still pending on each post a configurable time before its deadline, once per post and once across
 * instances; the once-a-day rule of {@link Reminders} holds here too.
 */
@Component
class DeadlineReminders {

	static final String JOB = "acknowledgement.deadline-reminders";

	private static final String DUE = """
			select p.id, p.title, p.ack_deadline, p.author_id
			from post_fact p
			where p.ack_required and p.status = 'PUBLISHED'
			  and p.ack_deadline > :now and p.ack_deadline <= :threshold
			  and (p.expires_at is null or p.expires_at > :now)
			  and not exists (select 1 from acknowledgement_deadline_reminder r where r.post_id = p.id)
			order by p.ack_deadline
			for update of p skip locked""";

	private static final String DONE = """
			insert into acknowledgement_deadline_reminder (post_id, reminded_at, reminded) values (:postId, :now, :reminded)""";

	private final DatabaseClient database;

	private final ExclusiveJobs jobs;

	private final Reminders reminders;

	private final AcknowledgementProperties properties;

	private final Clock clock;

	DeadlineReminders(DatabaseClient database, ExclusiveJobs jobs, Reminders reminders,
			AcknowledgementProperties properties, Clock clock) {
		this.database = database;
		this.jobs = jobs;
		this.reminders = reminders;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * One run: every post whose deadline is within the configured time and whose reminder has not gone out.
	 * @return how many people were reminded
	 */
	@Scheduled(fixedDelayString = "${budkavle.acknowledgement.reminder-check}")
	Mono<Long> remindBeforeDeadlines() {
		Instant now = this.clock.instant();
		return this.jobs.runOnce(JOB, () -> this.database.sql(DUE)
			.bind("now", now)
			.bind("threshold", now.plus(this.properties.reminderBefore()))
			.map((row) -> new DuePost(row.get("id", UUID.class), row.get("title", String.class),
					row.get("ack_deadline", Instant.class), row.get("author_id", UUID.class)))
			.all()
			// read whole before the reminders write on the job's one connection (one statement at a time)
			.collectList()
			.flatMapIterable((posts) -> posts)
			.concatMap((post) -> this.reminders
				.remind(new Scope(post.id(), post.authorId(), true), post.title(), post.deadline())
				.flatMap((reminded) -> this.database.sql(DONE)
					.bind("postId", post.id())
					.bind("now", now)
					.bind("reminded", (int) reminded.reminded())
					.fetch()
					.rowsUpdated()
					.thenReturn(reminded.reminded()))))
			.reduce(0L, Long::sum);
	}

	private record DuePost(UUID id, String title, Instant deadline, UUID authorId) {
	}
}
