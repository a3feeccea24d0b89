package se.budkavle.live;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.budkavle.identity.Viewer;

/**
 * The topic policies of all modules, asked in order; a topic none of them handles is closed to everyone.
 */
@Component
class TopicPolicies {

	private final ObjectProvider<TopicPolicy> provider;

	private volatile List<TopicPolicy> policies;

	TopicPolicies(ObjectProvider<TopicPolicy> provider) {
		this.provider = provider;
	}

	Mono<Boolean> maySubscribe(Viewer viewer, String topic) {
		return policy(topic).map((policy) -> policy.maySubscribe(viewer, topic).defaultIfEmpty(false))
			.orElseGet(() -> Mono.just(false));
	}

	Flux<UUID> mayReceive(LiveEvent event, Collection<UUID> personIds) {
		return policy(event.topic()).map((policy) -> policy.mayReceive(event, personIds)).orElseGet(Flux::empty);
	}

	private Optional<TopicPolicy> policy(String topic) {
		List<TopicPolicy> all = this.policies;
		if (all == null) {
			all = this.provider.orderedStream().toList();
			this.policies = all;
		}
		return all.stream().filter((policy) -> policy.handles(topic)).findFirst();
	}
}
