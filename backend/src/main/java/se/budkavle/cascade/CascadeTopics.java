package se.budkavle.cascade;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;
import se.budkavle.live.LiveEvent;
import se.budkavle.live.LiveEvents;
import se.budkavle.live.TopicPolicy;

/**
 * Who may follow {@code cascade:<id>}: the people in the cascade (its sender, the managers it reached and those above
 * them, and communicators, HR and admins covering a target); and the announcements of what managers did, made in the
 * transaction that records it.
 */
@Component
class CascadeTopics implements TopicPolicy {

	static final String PREFIX = "cascade:";

	private final Participation participation;

	private final LiveEvents live;

	CascadeTopics(Participation participation, LiveEvents live) {
		this.participation = participation;
		this.live = live;
	}

	@Override
	public boolean handles(String topic) {
		return topic.startsWith(PREFIX);
	}

	@Override
	public Mono<Boolean> maySubscribe(Viewer viewer, String topic) {
		UUID id;
		try {
			id = UUID.fromString(topic.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			return Mono.just(false);
		}
		return this.participation.cascade(id, viewer).map((cascade) -> true).onErrorReturn(CascadeNotFound.class, false);
	}

	/**
	 * Everyone whose subscription was allowed: the payload names only the cascade, a unit and its state, which every
	 * participant sees in the tracker; roles come from tokens, which only the subscription check sees.
	 */
	@Override
	public Flux<UUID> mayReceive(LiveEvent event, Collection<UUID> personIds) {
		return Flux.fromIterable(personIds);
	}

	/** Announces that a unit changed state; subscribe inside the transaction that made the change. */
	Mono<Long> announce(UUID cascadeId, UUID unitId, String type, State state) {
		return this.live.publish(LiveEvent.of(PREFIX + cascadeId, "cascade." + type,
				Map.<String, Object>of("cascadeId", cascadeId, "unitId", unitId, "state", state.name())));
	}
}
