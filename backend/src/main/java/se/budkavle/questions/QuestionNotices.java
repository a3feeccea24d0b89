package se.budkavle.questions;

import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.delivery.DeepLinks;
import se.budkavle.delivery.Notification;
import se.budkavle.delivery.Notifier;
import se.budkavle.live.LiveEvent;
import se.budkavle.live.LiveEvents;

/**
 * Tells people about questions, in the caller's transaction: recipients when one is asked or handed to them, a named
 * asker when it is answered, live clients on {@code questions:inbox}, {@code question:<id>} and, for an anonymous
 * asker, {@code question-follow-up:<hash of the key>}. Never names the asker of an anonymous question, and never
 * notifies them by person (nobody knows who they are). Notices about an anonymous question record the coarse time they
 * are given ({@link AnonymousTimes}); {@code null} records the time they are written.
 */
@Component
class QuestionNotices {

	static final String INBOX = "questions:inbox";

	static final String QUESTION = "question:";

	static final String FOLLOW_UP = "question-follow-up:";

	private final Notifier notifier;

	private final LiveEvents live;

	private final DeepLinks links;

	QuestionNotices(Notifier notifier, LiveEvents live, DeepLinks links) {
		this.links = links;
		this.notifier = notifier;
		this.live = live;
	}

	Mono<Void> asked(UUID questionId, String subject, boolean anonymous, Collection<UUID> recipients, Instant at) {
		String title = anonymous ? "Ny anonym fråga till dig som chef" : "Ny fråga till dig som chef";
		return notifyAll(recipients, "question.asked", title, subject, questionId, at)
			.then(this.live.publish(new LiveEvent(INBOX, QuestionTopics.QUESTION_ASKED,
					Map.of("questionId", questionId.toString()), Set.copyOf(recipients), at)))
			.then();
	}

	Mono<Void> answered(UUID questionId, String subject, UUID askerId, byte[] keyHash, boolean unitQuestion,
			Instant at) {
		Map<String, Object> payload = Map.of("questionId", questionId.toString());
		Mono<Void> person = (askerId != null)
				? this.notifier.notify(new Notification(askerId, "question.answered", "Din fråga har fått svar", subject,
						link(questionId), null)).then()
				: Mono.empty();
		Set<UUID> to = (unitQuestion || askerId == null) ? Set.of() : Set.of(askerId);
		Mono<Long> followUp = (keyHash != null)
				? this.live.publish(LiveEvent
					.of(FOLLOW_UP + HexFormat.of().formatHex(keyHash), QuestionTopics.QUESTION_ANSWERED, payload)
					.at(at))
				: Mono.empty();
		return person
			.then(this.live.publish(new LiveEvent(QUESTION + questionId, QuestionTopics.QUESTION_ANSWERED, payload, to, at)))
			.then(followUp)
			.then();
	}

	Mono<Void> escalated(UUID questionId, String subject, Collection<UUID> recipients, Instant at) {
		return notifyAll(recipients, "question.escalated", "En obesvarad fråga har lämnats över till dig", subject,
				questionId, at)
			.then(this.live.publish(new LiveEvent(INBOX, QuestionTopics.QUESTION_ESCALATED,
					Map.of("questionId", questionId.toString()), Set.copyOf(recipients), at)))
			.then();
	}

	private Mono<Void> notifyAll(Collection<UUID> recipients, String kind, String title, String subject, UUID questionId,
			Instant at) {
		return Flux.fromIterable(recipients)
			.concatMap((recipient) -> this.notifier
				.notify(new Notification(recipient, kind, title, subject, link(questionId), null, at)))
			.then();
	}

	private String link(UUID questionId) {
		return this.links.question(questionId);
	}
}
