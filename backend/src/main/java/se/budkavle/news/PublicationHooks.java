package se.budkavle.news;

import java.util.UUID;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * What else happens, in the same transaction, when a post is published, edited or withdrawn (live events, the
 * announcement of important posts).
 */
@Component
class PublicationHooks {

	Mono<Void> published(UUID postId) {
		return Mono.empty();
	}

	Mono<Void> updated(UUID postId) {
		return Mono.empty();
	}

	Mono<Void> withdrawn(UUID postId) {
		return Mono.empty();
	}
}
