package se.budkavle.live;

import reactor.core.publisher.Mono;

/** STUB until feat/live is merged. */
public interface LiveEvents {

	Mono<Long> publish(LiveEvent event);
}
