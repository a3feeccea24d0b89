package se.budkavle.questions;

import java.util.Collection;
import java.util.UUID;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Tells people about questions: recipients when one is asked or handed to them, a named asker when it is answered.
 * Never names the asker of an anonymous question, and never notifies them (nobody knows who they are).
 */
@Component
class QuestionNotices {

	Mono<Void> asked(UUID questionId, String subject, boolean anonymous, Collection<UUID> recipients) {
		return Mono.empty();
	}

	Mono<Void> answered(UUID questionId, String subject, UUID askerId, boolean unitQuestion) {
		return Mono.empty();
	}

	Mono<Void> escalated(UUID questionId, String subject, Collection<UUID> recipients) {
		return Mono.empty();
	}
}
