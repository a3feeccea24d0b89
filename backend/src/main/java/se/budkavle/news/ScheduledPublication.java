package se.budkavle.news;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.platform.jobs.ExclusiveJobs;

/**
 * Publishes scheduled posts whose time has come, on one instance at a time.
 */
@Component
class ScheduledPublication {

	static final String JOB = "news.publish";

	private static final String DUE = """
			select id from post where status = 'SCHEDULED' and publish_at <= :now order by publish_at, id""";

	private final DatabaseClient database;

	private final ExclusiveJobs jobs;

	private final Publication publication;

	private final Clock clock;

	ScheduledPublication(DatabaseClient database, ExclusiveJobs jobs, Publication publication, Clock clock) {
		this.database = database;
		this.jobs = jobs;
		this.publication = publication;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${budkavle.news.publication-interval}")
	Mono<Long> run() {
		return publishDue();
	}

	/**
	 * Publishes every due post in one transaction, unless another instance is doing so right now.
	 * @return how many posts this call published
	 */
	Mono<Long> publishDue() {
		return this.jobs.runOnce(JOB, () -> {
			Instant now = this.clock.instant();
			return this.database.sql(DUE)
				.bind("now", now)
				.map((row) -> row.get(0, UUID.class))
				.all()
				.collectList()
				.flatMapIterable((ids) -> ids)
				.concatMap((id) -> this.publication.publish(id, now));
		}).count();
	}
}
