package se.budkavle.live;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
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

	private static final String COLUMNS = "select id, topic, type, payload::text as payload, recipients, created_at from event";

	private final DatabaseClient database;

	private final JsonMapper json;

	EventStore(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	Mono<Long> lastId() {
		return this.database.sql("select coalesce(max(id), 0) from event").map((row) -> row.get(0, Long.class)).one();
	}

	Flux<StoredEvent> after(long id, int limit) {
		return this.database.sql(COLUMNS + " where id > :after order by id limit :limit")
			.bind("after", id)
			.bind("limit", limit)
			.map(this::event)
			.all();
	}

	Flux<StoredEvent> after(long id, Collection<String> topics, int limit) {
		return this.database.sql(COLUMNS + " where id > :after and topic = any(:topics) order by id limit :limit")
			.bind("after", id)
			.bind("topics", topics.toArray(String[]::new))
			.bind("limit", limit)
			.map(this::event)
			.all();
	}

	private StoredEvent event(Readable row) {
		UUID[] recipients = row.get("recipients", UUID[].class);
		return new StoredEvent(row.get("id", Long.class), row.get("topic", String.class), row.get("type", String.class),
				this.json.readTree(row.get("payload", String.class)),
				(recipients != null) ? Set.copyOf(Arrays.asList(recipients)) : Set.of(),
				row.get("created_at", OffsetDateTime.class).toInstant());
	}
}
