package se.budkavle.m365;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.budkavle.org.DirectoryChanges;

/**
 * The log of sync runs; its partial unique index lets one run at a time start across all instances.
 */
@Component
class SyncRuns {

	/** A run still RUNNING after this long was left by a stopped instance and no longer blocks new runs. */
	static final Duration ABANDONED_AFTER = Duration.ofHours(2);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DatabaseClient database;

	private final Clock clock;

	SyncRuns(DatabaseClient database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	/**
	 * Starts a run unless one is running.
	 * @return the new run; fails with {@link SyncAlreadyRunning} when another run is in progress
	 */
	Mono<SyncRun> start(String trigger, UUID startedBy, Integer expectedUsers) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Mono<Long> abandon = this.database.sql("""
				update m365_sync_run set state = 'FAILED', finished_at = :now,
					errors = errors || '["Abandoned: the instance running it stopped"]'::jsonb
				where state = 'RUNNING' and started_at < :before""")
			.bind("now", now)
			.bind("before", now.minus(ABANDONED_AFTER))
			.fetch()
			.rowsUpdated();
		var insert = this.database.sql("""
				insert into m365_sync_run (id, trigger, started_by, state, started_at, expected_users)
				values (:id, :trigger, :startedBy, 'RUNNING', :now, :expected)""")
			.bind("id", id)
			.bind("trigger", trigger)
			.bind("now", now);
		insert = (startedBy != null) ? insert.bind("startedBy", startedBy) : insert.bindNull("startedBy", UUID.class);
		insert = (expectedUsers != null) ? insert.bind("expected", expectedUsers)
				: insert.bindNull("expected", Integer.class);
		return abandon.then(insert.then())
			.onErrorMap((ex) -> ex instanceof DataIntegrityViolationException
					&& String.valueOf(ex.getMessage()).contains("m365_sync_run_one_running"), SyncAlreadyRunning::new)
			.then(find(id));
	}

	Mono<Void> progress(UUID id, boolean full, int pages, int users) {
		return this.database.sql("""
				update m365_sync_run set full_sync = :full, pages_fetched = :pages, users_seen = :users
				where id = :id""")
			.bind("id", id)
			.bind("full", full)
			.bind("pages", pages)
			.bind("users", users)
			.then();
	}

	Mono<Void> succeeded(UUID id, DirectoryChanges changes) {
		return this.database.sql("""
				update m365_sync_run set state = 'SUCCEEDED', finished_at = :now, changes_applied = :total,
					changes = cast(:changes as jsonb)
				where id = :id""")
			.bind("id", id)
			.bind("now", OffsetDateTime.now(this.clock))
			.bind("total", changes.total())
			.bind("changes", JSON.writeValueAsString(changes))
			.then();
	}

	Mono<Void> failed(UUID id, List<String> errors) {
		return this.database.sql("""
				update m365_sync_run set state = 'FAILED', finished_at = :now,
					errors = errors || cast(:errors as jsonb)
				where id = :id""")
			.bind("id", id)
			.bind("now", OffsetDateTime.now(this.clock))
			.bind("errors", JSON.writeValueAsString(errors))
			.then();
	}

	Mono<SyncRun> find(UUID id) {
		return this.database.sql("select * from m365_sync_run where id = :id")
			.bind("id", id)
			.map(SyncRuns::run)
			.one();
	}

	Flux<SyncRun> latest(int limit) {
		return this.database.sql("select * from m365_sync_run order by started_at desc, id limit :limit")
			.bind("limit", limit)
			.map(SyncRuns::run)
			.all();
	}

	private static SyncRun run(Readable row) {
		String changes = row.get("changes", String.class);
		String errors = row.get("errors", String.class);
		return new SyncRun(row.get("id", UUID.class), row.get("trigger", String.class),
				row.get("state", String.class), row.get("full_sync", Boolean.class), instant(row, "started_at"),
				instant(row, "finished_at"), row.get("pages_fetched", Integer.class),
				row.get("users_seen", Integer.class), row.get("expected_users", Integer.class),
				row.get("changes_applied", Integer.class),
				(changes != null) ? JSON.readValue(changes, new TypeReference<Map<String, Object>>() {
				}) : null, JSON.readValue(errors, new TypeReference<List<String>>() {
				}));
	}

	private static Instant instant(Readable row, String column) {
		OffsetDateTime value = row.get(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}
}
