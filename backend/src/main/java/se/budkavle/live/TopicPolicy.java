package se.budkavle.live;

import java.util.Collection;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.budkavle.identity.Viewer;

/**
 * Who may follow a family of topics and receive its events, implemented by the module that owns them (news: {@code feed}
 * and {@code post:*}; acknowledgement: {@code acknowledgements:*}); a topic no policy handles is denied to everyone.
 */
public interface TopicPolicy {

	/** Whether this policy decides for the topic. */
	boolean handles(String topic);

	/**
	 * Whether the viewer may subscribe; a denied topic is reported as denied and delivers nothing.
	 * @param viewer the signed-in person
	 * @param topic a topic this policy handles
	 * @return whether the subscription is allowed
	 */
	Mono<Boolean> maySubscribe(Viewer viewer, String topic);

	/**
	 * Which of the connected people subscribed to the event's topic may receive it; called once per event per
	 * instance with every candidate at once (already narrowed to the event's recipients), so answer with one query.
	 * @param event the event
	 * @param personIds the candidates
	 * @return the candidates who may receive it
	 */
	Flux<UUID> mayReceive(LiveEvent event, Collection<UUID> personIds);
}
