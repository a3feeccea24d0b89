package se.budkavle.m365;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import se.budkavle.delivery.Announcement;
import se.budkavle.delivery.Delivery;
import se.budkavle.delivery.DeliveryChannel;
import se.budkavle.integration.graph.GraphMessages;

/**
 * Announces important posts in the Teams channel mapped to each announced unit, with a link back to the post; units
 * without a mapped channel get nothing.
 */
class TeamsChannel implements DeliveryChannel {

	static final String NAME = "teams";

	private final GraphMessages graph;

	private final M365Properties properties;

	private final DatabaseClient database;

	private final HubLinks links;

	TeamsChannel(GraphMessages graph, M365Properties properties, DatabaseClient database, HubLinks links) {
		this.graph = graph;
		this.properties = properties;
		this.database = database;
		this.links = links;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean enabled() {
		return !this.properties.channels().isEmpty();
	}

	@Override
	public boolean reachesPeople() {
		return false;
	}

	@Override
	public boolean reachesUnits() {
		return true;
	}

	@Override
	public Mono<Void> deliver(Delivery delivery) {
		Announcement announcement = delivery.announcement();
		if (announcement == null || delivery.unitId() == null) {
			return Mono.empty();
		}
		return externalId(delivery.unitId()).mapNotNull((unit) -> this.properties.channels().get(unit))
			.flatMap((channel) -> Mono.fromRunnable(() -> this.graph.postToChannel(channel.teamId(),
					channel.channelId(), announcement.title(),
					this.links.html(announcement.excerpt(), announcement.link(), "Läs hela inlägget i Budkavle"), true))
				.subscribeOn(Schedulers.boundedElastic()))
			.then();
	}

	// The unit's id in the directory, which the channel mapping is keyed by.
	private Mono<String> externalId(UUID unitId) {
		return this.database.sql("select external_id from unit where id = :id")
			.bind("id", unitId)
			.map((row) -> row.get(0, String.class))
			.one();
	}
}
