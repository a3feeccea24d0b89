package se.budkavle.cascade;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;

/**
 * The cascade module's answer to other modules: sending a cascade from code (the demo's), with the same checks and
 * rights as {@code POST /api/v1/cascades}.
 */
@Service
public class Cascades {

	private final Sending sending;

	private final DatabaseClient database;

	Cascades(Sending sending, DatabaseClient database) {
		this.sending = sending;
		this.database = database;
	}

	/**
	 * Sends a cascade now.
	 * @param sender who sends it, with their roles
	 * @param cascade the cascade
	 * @return its id, or {@code InvalidCascade}/{@code CascadeNotAllowed} as over HTTP
	 */
	public Mono<UUID> send(Viewer sender, CascadeRequest cascade) {
		return this.sending.send(sender, cascade);
	}

	/**
	 * Whether someone has sent any cascade.
	 * @param senderId the person
	 * @return true when they have
	 */
	public Mono<Boolean> hasCascadesBy(UUID senderId) {
		return this.database.sql("select exists (select 1 from cascade where sender_id = :senderId)")
			.bind("senderId", senderId)
			.mapValue(Boolean.class)
			.one();
	}
}
