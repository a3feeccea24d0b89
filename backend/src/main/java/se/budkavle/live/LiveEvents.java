package se.budkavle.live;

import reactor.core.publisher.Mono;

/**
 * Announces a change to live clients: appends it to the event log and notifies every instance in the caller's
 * transaction, so a change that rolls back is never stored nor announced.
 */
public interface LiveEvents {

	/**
	 * Appends the event and announces it when the surrounding transaction commits. Subscribe to the result inside the
	 * transaction that makes the change (for instance {@code @Transactional} or a {@code TransactionalOperator}), ideally
	 * as its last step: publishers do not wait for each other, but live clients receive an event only once every
	 * publication with a lower id has committed or rolled back, so a long transaction after its publish holds back the
	 * events published after it.
	 * @param event the event
	 * @return the event's id, the position clients resume from
	 */
	Mono<Long> publish(LiveEvent event);
}
