package se.budkavle.live;

import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import io.r2dbc.postgresql.codec.Json;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes events into the {@code event} table and notifies every instance, in the caller's transaction.
 */
@Component
class EventLog implements LiveEvents {

	static final String CHANNEL = "budkavle_events";

	/*
	 * No lock: publishers commit in parallel. The transaction id is taken (materialised) before the event id is drawn,
	 * so a transaction holding an id that readers cannot see yet is among those running in their snapshot; LogHorizon
	 * hands an event out only when no such transaction can still commit an id below it.
	 */
	private static final String APPEND = """
			with writer as materialized (select pg_current_xact_id() as xid),
			appended as (
				insert into event (topic, type, payload, recipients, created_at)
				select :topic, :type, :payload, :recipients, coalesce(:at, now())
				from writer where writer.xid is not null
				returning id)
			select id, pg_notify('%s', id::text) from appended""".formatted(CHANNEL);

	private final DatabaseClient database;

	private final JsonMapper json;

	EventLog(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	@Override
	public Mono<Long> publish(LiveEvent event) {
		var statement = this.database.sql(APPEND)
			.bind("topic", event.topic())
			.bind("type", event.type())
			.bind("payload", Json.of(this.json.writeValueAsString(event.payload())));
		statement = (event.at() != null) ? statement.bind("at", event.at()) : statement.bindNull("at", Instant.class);
		statement = event.recipients().isEmpty() ? statement.bindNull("recipients", UUID[].class)
				: statement.bind("recipients", event.recipients().toArray(UUID[]::new));
		return statement.map((row) -> row.get("id", Long.class)).one();
	}
}
