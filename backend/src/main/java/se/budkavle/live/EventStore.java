package se.budkavle.live;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the event log in id order: everything after an id (an instance catching up) or only some topics (a client
 * resuming).
 */
@Component
class EventStore {

	private static final String COLUMNS = "select id, topic, type, payload::text as payload, recipients, created_at";

	/*
	 * The statement's own snapshot: the oldest and newest transaction running while these rows were read, leaving out
	 * those pg_stat_activity shows in another database of the server (they cannot hold an event id, and a long one
	 * there must not hold the log back). A transaction is left out only when it is seen elsewhere, never for being
	 * missing: pg_stat_activity is read a moment after the snapshot is taken, and a transaction of this database that
	 * commits in between is in the snapshot (its event not yet visible to this read) but no longer in pg_stat_activity.
	 * Counting it as ended lost its event: the read handed out the events above its id, and the position passed it.
	 * A snapshot's ids are 64-bit (epoch and xid), pg_stat_activity's 32-bit.
	 */
	private static final String RUNNING = """
			with running as (
			  select min(xid) as oldest, max(xid) as newest
			  from (select xip::text::bigint as xid from pg_snapshot_xip(pg_current_snapshot()) xip) snapshot
			  where xid % 4294967296 not in (
			    select backend_xid::text::bigint from pg_stat_activity
			    where datname is distinct from current_database() and backend_xid is not null))
			""";

	private static final String SNAPSHOT = """
			coalesce(running.oldest, pg_snapshot_xmax(pg_current_snapshot())::text::bigint) as xmin,
			running.newest as running_max""";

	private final DatabaseClient database;

	private final JsonMapper json;

	EventStore(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	/** The log's last id and the transactions running, under one snapshot. */
	Mono<LogHorizon.Snapshot> end() {
		return this.database
			.sql(RUNNING + "select coalesce((select max(id) from event), 0) as last_id, " + SNAPSHOT + " from running")
			.map((row) -> snapshot(row, row.get("last_id", Long.class)))
			.one();
	}

	/** Up to {@code limit} events after an id, in id order, with the transactions running when they were read. */
	Mono<Page> after(long id, int limit) {
		return this.database
			.sql(RUNNING + COLUMNS + ", " + SNAPSHOT + " from event, running where id > :after order by id limit :limit")
			.bind("after", id)
			.bind("limit", limit)
			.map((row) -> new Page(List.of(event(row)), snapshot(row, 0)))
			.all()
			.collectList()
			.map(Page::of);
	}

	/** Up to {@code limit} events of some topics after an id and at most {@code through}, in id order. */
	Flux<StoredEvent> after(long id, long through, Collection<String> topics, int limit) {
		return this.database
			.sql(COLUMNS + " from event where id > :after and id <= :through and topic = any(:topics) order by id"
					+ " limit :limit")
			.bind("after", id)
			.bind("through", through)
			.bind("topics", topics.toArray(String[]::new))
			.bind("limit", limit)
			.map(this::event)
			.all();
	}

	private static LogHorizon.Snapshot snapshot(Readable row, long lastId) {
		Long runningMax = row.get("running_max", Long.class);
		return new LogHorizon.Snapshot(lastId, row.get("xmin", Long.class), (runningMax != null) ? runningMax : -1);
	}

	/** Events read under one snapshot. */
	record Page(List<StoredEvent> events, LogHorizon.Snapshot snapshot) {

		private static final Page EMPTY = new Page(List.of(), new LogHorizon.Snapshot(0, 0, -1));

		static Page of(List<Page> rows) {
			return rows.isEmpty() ? EMPTY
					: new Page(rows.stream().map((row) -> row.events().get(0)).toList(), rows.get(0).snapshot());
		}
	}

	private StoredEvent event(Readable row) {
		UUID[] recipients = row.get("recipients", UUID[].class);
		return new StoredEvent(row.get("id", Long.class), row.get("topic", String.class), row.get("type", String.class),
				this.json.readTree(row.get("payload", String.class)),
				(recipients != null) ? Set.copyOf(Arrays.asList(recipients)) : Set.of(),
				row.get("created_at", OffsetDateTime.class).toInstant());
	}
}
