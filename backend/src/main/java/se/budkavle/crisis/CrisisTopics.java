package se.budkavle.crisis;

import java.util.Collection;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;
import se.budkavle.live.LiveEvent;
import se.budkavle.live.TopicPolicy;

/**
 * Who follows the crisis topics: {@code crises}, which every banner follows, delivers a crisis's events only to the
 * people it was sent to (and "needs help" only to the managers it names); {@code crisis-roll-call:<id>} is for those
 * who follow the whole crisis person by person (the crisis role for all its targets, admins).
 */
@Component
class CrisisTopics implements TopicPolicy {

	static final String BANNER = "crises";

	static final String ROLL_CALL = "crisis-roll-call:";

	static final String SENT = "crisis.sent";

	static final String UPDATED = "crisis.updated";

	static final String ALL_CLEAR = "crisis.all-clear";

	static final String NEED_HELP = "crisis.need-help";

	private static final String RECIPIENTS = """
			select person_id from crisis_recipient where crisis_id = :crisisId and person_id = any(:candidates)""";

	private final DatabaseClient database;

	private final Crises crises;

	CrisisTopics(DatabaseClient database, Crises crises) {
		this.database = database;
		this.crises = crises;
	}

	static String rollCall(UUID crisisId) {
		return ROLL_CALL + crisisId;
	}

	@Override
	public boolean handles(String topic) {
		return BANNER.equals(topic) || topic.startsWith(ROLL_CALL);
	}

	@Override
	public Mono<Boolean> maySubscribe(Viewer viewer, String topic) {
		if (BANNER.equals(topic)) {
			return Mono.just(true);
		}
		UUID crisisId;
		try {
			crisisId = UUID.fromString(topic.substring(ROLL_CALL.length()));
		}
		catch (IllegalArgumentException ex) {
			return Mono.just(false);
		}
		return this.crises.find(crisisId).map((crisis) -> crisis.followsEveryone(viewer)).onErrorReturn(false);
	}

	/** Roll-call topics and "needs help" go to whom the subscription check and the event name; the rest to recipients. */
	@Override
	public Flux<UUID> mayReceive(LiveEvent event, Collection<UUID> personIds) {
		if (!BANNER.equals(event.topic()) || !event.recipients().isEmpty()) {
			return Flux.fromIterable(personIds);
		}
		return this.database.sql(RECIPIENTS)
			.bind("crisisId", UUID.fromString(String.valueOf(event.payload().get("crisisId"))))
			.bind("candidates", personIds.toArray(UUID[]::new))
			.mapValue(UUID.class)
			.all();
	}
}
