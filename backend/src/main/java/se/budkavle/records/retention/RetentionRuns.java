package se.budkavle.records.retention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Reads the history of retention runs, newest first, with what each rule did.
 */
@Component
class RetentionRuns {

	private static final String RECENT = """
			with recent as (
			    select id, started_at, finished_at, actor_id from retention_run
			    order by started_at desc, id desc limit :limit
			)
			select r.id, r.started_at, r.finished_at, r.actor_id, u.record_type, u.period, u.decision, u.cutoff,
			       u.erased
			from recent r left join retention_run_rule u on u.run_id = r.id
			order by r.started_at desc, r.id desc, u.position""";

	private final DatabaseClient database;

	RetentionRuns(DatabaseClient database) {
		this.database = database;
	}

	/** The latest runs, at most {@code limit}. */
	Mono<List<RetentionRun>> recent(int limit) {
		return this.database.sql(RECENT)
			.bind("limit", limit)
			.map((row) -> new Row(new RetentionRun(row.get("id", UUID.class), row.get("started_at", Instant.class),
					row.get("finished_at", Instant.class), row.get("actor_id", UUID.class), List.of()),
					(row.get("record_type", String.class) != null)
							? new RetentionRun.RuleCount(row.get("record_type", String.class),
									row.get("period", String.class), row.get("decision", String.class),
									row.get("cutoff", Instant.class), row.get("erased", Long.class))
							: null))
			.all()
			.collectList()
			.map(RetentionRuns::grouped);
	}

	private static List<RetentionRun> grouped(List<Row> rows) {
		Map<UUID, RetentionRun> runs = new LinkedHashMap<>();
		Map<UUID, List<RetentionRun.RuleCount>> rules = new LinkedHashMap<>();
		for (Row row : rows) {
			runs.putIfAbsent(row.run().id(), row.run());
			List<RetentionRun.RuleCount> counts = rules.computeIfAbsent(row.run().id(), (id) -> new ArrayList<>());
			if (row.rule() != null) {
				counts.add(row.rule());
			}
		}
		return runs.values()
			.stream()
			.map((run) -> new RetentionRun(run.id(), run.startedAt(), run.finishedAt(), run.actorId(),
					List.copyOf(rules.get(run.id()))))
			.toList();
	}

	private record Row(RetentionRun run, RetentionRun.RuleCount rule) {
	}
}
