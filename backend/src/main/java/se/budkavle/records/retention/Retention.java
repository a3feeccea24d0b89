package se.budkavle.records.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.platform.jobs.ExclusiveJobs;
import se.budkavle.records.Audit;
import se.budkavle.records.RecordsProperties;
import se.budkavle.records.RetentionRule;

/**
 * The retention run (gallring): once a day and once across instances, applies every configured rule through the
 * module that owns the records, in one transaction with the run's history and its audit entry.
 */
@Service
class Retention {

	static final String JOB = "records.retention";

	private static final Logger logger = LoggerFactory.getLogger(Retention.class);

	private static final String RUN = """
			insert into retention_run (id, started_at, finished_at, actor_id)
			values (:id, :startedAt, :finishedAt, :actor)""";

	private static final String RULE = """
			insert into retention_run_rule (run_id, position, record_type, period, decision, cutoff, erased)
			values (:runId, :position, :recordType, :period, :decision, :cutoff, :erased)""";

	private final DatabaseClient database;

	private final ExclusiveJobs jobs;

	private final Map<String, RetentionRule> rules;

	private final RetentionProperties properties;

	private final Audit audit;

	private final MeterRegistry registry;

	private final Clock clock;

	Retention(DatabaseClient database, ExclusiveJobs jobs, List<RetentionRule> rules, RecordsProperties properties,
			Audit audit, MeterRegistry registry, Clock clock) {
		this.database = database;
		this.jobs = jobs;
		this.rules = rules.stream().collect(Collectors.toMap(RetentionRule::recordType, Function.identity()));
		this.properties = properties.retention();
		this.audit = audit;
		this.registry = registry;
		this.clock = clock;
	}

	/** The daily run; nothing happens on an instance that finds another one running it. */
	@Scheduled(cron = "${budkavle.records.retention.schedule}")
	Mono<Void> daily() {
		return run(null).then();
	}

	/**
	 * Applies every rule now.
	 * @param actor who asked, or {@code null} for the schedule
	 * @return the run, or empty when another instance is running it
	 */
	Mono<RetentionRun> run(UUID actor) {
		// singleOrEmpty waits for the transaction to complete; next() would cancel it, which rolls it back
		return this.jobs.runOnce(JOB, () -> apply(actor)).singleOrEmpty().doOnNext(this::count);
	}

	private Mono<RetentionRun> apply(UUID actor) {
		Instant now = this.clock.instant();
		List<Map.Entry<String, RetentionProperties.Rule>> due = this.properties.byRecordType()
			.entrySet()
			.stream()
			.filter((rule) -> this.rules.containsKey(rule.getKey()))
			.toList();
		return Flux.fromIterable(due)
			.concatMap((rule) -> {
				Instant cutoff = now.minus(rule.getValue().period());
				return this.rules.get(rule.getKey())
					.apply(cutoff, now)
					.map((erased) -> new RetentionRun.RuleCount(rule.getKey(), period(rule.getValue().period()),
							rule.getValue().decision(), cutoff, erased));
			})
			.collectList()
			.map((counts) -> new RetentionRun(UUID.randomUUID(), now, this.clock.instant(), actor, counts))
			.flatMap((run) -> store(run).then(this.audit.record(actor, "retention.ran", "retention-run:" + run.id(),
					summary(run))).thenReturn(run));
	}

	private Mono<Void> store(RetentionRun run) {
		var spec = this.database.sql(RUN)
			.bind("id", run.id())
			.bind("startedAt", run.startedAt())
			.bind("finishedAt", run.finishedAt());
		spec = (run.actorId() != null) ? spec.bind("actor", run.actorId()) : spec.bindNull("actor", UUID.class);
		List<Mono<Long>> rules = new ArrayList<>();
		for (int i = 0; i < run.rules().size(); i++) {
			RetentionRun.RuleCount rule = run.rules().get(i);
			rules.add(this.database.sql(RULE)
				.bind("runId", run.id())
				.bind("position", i)
				.bind("recordType", rule.recordType())
				.bind("period", rule.period())
				.bind("decision", rule.decision())
				.bind("cutoff", rule.cutoff())
				.bind("erased", rule.erased())
				.fetch()
				.rowsUpdated());
		}
		return spec.then().then(Flux.concat(rules).then());
	}

	/** A period as ISO 8601, in days when it is whole days ({@code P730D}), as configured. */
	static String period(Duration period) {
		return (period.toSeconds() % 86_400 == 0) ? "P" + period.toDays() + "D" : period.toString();
	}

	/** The audit entry's reason: each rule's count and the decision it carried out. */
	static String summary(RetentionRun run) {
		return run.rules()
			.stream()
			.map((rule) -> rule.recordType() + " " + rule.erased() + " (" + rule.decision() + ", " + rule.period()
					+ ")")
			.collect(Collectors.joining("; "));
	}

	private void count(RetentionRun run) {
		this.registry.counter("budkavle.records.retention.runs").increment();
		run.rules()
			.forEach((rule) -> this.registry.counter("budkavle.records.retention.erased", "rule", rule.recordType())
				.increment(rule.erased()));
		logger.info("Retention run {} erased {} records: {}", run.id(), run.erased(), summary(run));
	}
}
