package se.budkavle.questions;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;
import se.budkavle.platform.Cursor;
import se.budkavle.questions.FollowUpKeys.KeyHash;

/**
 * Asking, answering, replying, closing, forwarding and upvoting questions, each in one transaction, with the
 * viewer's rights checked against the question as stored.
 */
@Service
class Questions {

	private final QuestionStore store;

	private final Routing routing;

	private final DailyLimit limit;

	private final QuestionNotices notices;

	private final QuestionsProperties properties;

	private final Clock clock;

	private final TransactionalOperator transaction;

	private final FollowUpKeys keys;

	private final FollowUpAttempts attempts;

	Questions(QuestionStore store, Routing routing, DailyLimit limit, QuestionNotices notices,
			QuestionsProperties properties, Clock clock, ReactiveTransactionManager transactionManager,
			FollowUpKeys keys, FollowUpAttempts attempts) {
		this.store = store;
		this.routing = routing;
		this.limit = limit;
		this.notices = notices;
		this.properties = properties;
		this.clock = clock;
		this.transaction = TransactionalOperator.create(transactionManager);
		this.keys = keys;
		this.attempts = attempts;
	}

	Mono<QuestionView> ask(Viewer viewer, QuestionRequests.Ask request) {
		QuestionRequests.check(request, this.properties);
		boolean anonymous = request.isAnonymous();
		Instant now = AnonymousTimes.of(anonymous, this.clock.instant());
		String key = anonymous ? this.keys.generate() : null;
		KeyHash keyHash = this.keys.hash(key);
		Mono<QuestionView> asking = this.routing.recipientUnit(viewer.personId(), request.unitId(), anonymous)
			.switchIfEmpty(Mono.error(() -> noRecipient(anonymous)))
			.flatMap((unitId) -> this.limit.take(viewer.personId(), anonymous)
				.then(this.store.insert(new QuestionStore.NewQuestion(request.subject().strip(), request.body().strip(),
						anonymous, anonymous ? null : viewer.personId(), keyHash.isNone() ? null : keyHash.current(),
						request.visibilityOrDefault(), unitId, now, dueAfter(now))))
				.flatMap((id) -> this.store
					.addEvent(id, "ASKED", anonymous ? null : viewer.personId(), true, null, unitId, false, null, now)
					.then(this.routing.managersOf(unitId).collectList())
					.flatMap((managers) -> this.notices.asked(id, request.subject().strip(), anonymous, managers,
							anonymous ? now : null))
					.thenReturn(id)))
			.flatMap((id) -> view(id, viewer, keyHash, key));
		return this.transaction.transactional(asking);
	}

	/** Where an anonymous question by the viewer to a unit (or their own managers) would be labelled, before asking. */
	Mono<QuestionView.Anonymity> anonymity(Viewer viewer, UUID unitId) {
		int minimum = this.properties.minimumGroupSize();
		return this.routing.ownUnit(viewer.personId())
			.flatMap((own) -> this.routing.recipientUnit(viewer.personId(), unitId, true)
				.flatMap((id) -> this.routing.unitName(id).map((name) -> new QuestionView.Label(id, name)))
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.map((labelled) -> new QuestionView.Anonymity(new QuestionView.Label(own.id(), own.name()),
						!own.bigEnough(), labelled.orElse(null), minimum)))
			.switchIfEmpty(Mono.error(() -> noRecipient(true)));
	}

	private QuestionConflict noRecipient(boolean anonymous) {
		return anonymous ? new QuestionConflict(QuestionConflict.Kind.NO_ANONYMOUS_RECIPIENT, "No unit above you with at least "
				+ this.properties.minimumGroupSize() + " people has a manager, so an anonymous question could point "
				+ "at you. Ask by name instead.")
				: new QuestionConflict(QuestionConflict.Kind.NO_RECIPIENT, "Nobody above you leads a unit, so there is no manager to ask.");
	}

	Mono<QuestionView> get(Viewer viewer, UUID id, String key) {
		return readable(viewer, id, key).flatMap((q) -> view(q, null));
	}

	Mono<QuestionView> byKey(Viewer viewer, String key) {
		if (key == null || key.isBlank()) {
			return Mono.error(QuestionNotFound::new);
		}
		UUID person = viewer.personId();
		return Mono.fromRunnable(() -> this.attempts.check(person))
			.then(this.store.findByKey(this.keys.hash(key), viewer))
			.switchIfEmpty(Mono.defer(() -> {
				this.attempts.wrongKey(person);
				return Mono.error(new QuestionNotFound());
			}))
			.flatMap((q) -> view(q, null));
	}

	Mono<QuestionView.Page> list(Viewer viewer, Box box, QuestionState state, String after, Integer limit) {
		int size = Cursor.limit(limit, 20);
		Cursor cursor = (after != null && !after.isBlank()) ? Cursor.parse(after, 2) : null;
		Instant now = this.clock.instant();
		return this.store.list(viewer, box, state, cursor, size + 1).collectList().map((rows) -> {
			var page = rows.stream().limit(size).map((q) -> QuestionViews.summary(q, now)).toList();
			String next = (rows.size() > size) ? Cursor.of(page.get(size - 1).askedAt().toString(),
					page.get(size - 1).id().toString()).token() : null;
			return new QuestionView.Page(page, next);
		});
	}

	Mono<QuestionView> answer(Viewer viewer, UUID id, String key, QuestionRequests.Answer request) {
		QuestionRequests.check(request, this.properties);
		Instant now = this.clock.instant();
		Mono<QuestionView> answering = participating(viewer, id, key).flatMap((q) -> {
			Instant at = AnonymousTimes.of(q.anonymous(), now);
			boolean byAsker = q.access().asker();
			UUID author = (byAsker && q.anonymous()) ? null : viewer.personId();
			Mono<Void> after = byAsker ? this.store.replied(id) : answered(q, viewer, at);
			return this.store.addMessage(id, author, byAsker, request.body().strip(), at)
				.then(after)
				.then(this.store.find(id, viewer, this.keys.hash(key)))
				.flatMap((reloaded) -> view(reloaded, null));
		});
		return this.transaction.transactional(answering);
	}

	Mono<QuestionView> close(Viewer viewer, UUID id, String key) {
		Instant now = this.clock.instant();
		Mono<QuestionView> closing = participating(viewer, id, key).flatMap((q) -> {
			boolean anonymousAsker = q.access().asker() && q.anonymous();
			Instant at = AnonymousTimes.of(q.anonymous(), now);
			return this.store.closed(id, at)
				.then(this.store.addEvent(id, "CLOSED", anonymousAsker ? null : viewer.personId(),
						q.access().asker(), null, null, false, null, at))
				.then(this.store.find(id, viewer, this.keys.hash(key)))
				.flatMap((reloaded) -> view(reloaded, null));
		});
		return this.transaction.transactional(closing);
	}

	Mono<QuestionView> forward(Viewer viewer, UUID id, QuestionRequests.Forward request) {
		QuestionRequests.check(request);
		Instant now = this.clock.instant();
		Mono<QuestionView> forwarding = open(readable(viewer, id, null)).flatMap((q) -> {
			if (!q.access().currentRecipient() || q.withHr()) {
				return Mono.error(new QuestionForbidden("Only the managers who hold the question may forward it."));
			}
			Instant at = AnonymousTimes.of(q.anonymous(), now);
			String note = (request.note() != null && !request.note().isBlank()) ? request.note().strip() : null;
			Mono<Void> moving = (request.to() == QuestionRequests.ForwardTo.HR)
					? this.store.toHr(id)
						.then(this.store.addEvent(id, "FORWARDED", viewer.personId(), false, q.unitId(), null, true,
								note, at))
					: this.routing.unitAbove(q.unitId(), viewer.personId())
						.switchIfEmpty(Mono.error(() -> new QuestionConflict(QuestionConflict.Kind.NO_MANAGER_ABOVE,
								"There is no manager above this unit to forward the question to.")))
						.flatMap((unitId) -> this.store.movedTo(id, unitId, dueAfter(at))
							.then(this.store.addEvent(id, "FORWARDED", viewer.personId(), false, q.unitId(), unitId,
									false, note, at))
							.then(this.routing.managersOf(unitId).collectList())
							.flatMap((managers) -> this.notices.escalated(id, q.subject(), managers,
									q.anonymous() ? at : null)));
			return moving.then(this.store.find(id, viewer, KeyHash.NONE)).flatMap((reloaded) -> view(reloaded, null));
		});
		return this.transaction.transactional(forwarding);
	}

	Mono<QuestionView.Upvotes> upvote(Viewer viewer, UUID id, boolean up) {
		Mono<QuestionView.Upvotes> voting = readable(viewer, id, null).flatMap((q) -> {
			if (q.visibility() != Visibility.UNIT) {
				return Mono.error(new QuestionConflict(QuestionConflict.Kind.NOT_A_UNIT_QUESTION,
						"Only questions shared with the unit can be upvoted."));
			}
			return this.store.upvote(id, viewer.personId(), up, this.clock.instant())
				.then(this.store.find(id, viewer, KeyHash.NONE))
				.map((reloaded) -> new QuestionView.Upvotes(reloaded.upvotes(), reloaded.access().upvoted()));
		});
		return this.transaction.transactional(voting);
	}

	private Mono<Void> answered(QuestionRow q, Viewer viewer, Instant now) {
		Mono<Void> first = (q.firstAnsweredAt() == null)
				? this.store.addEvent(q.id(), "ANSWERED", viewer.personId(), false, null, null, false, null, now)
					.then(this.store.keyHash(q.id()))
					.flatMap((keyHash) -> this.notices.answered(q.id(), q.subject(), q.anonymous() ? null : q.askerId(),
							(keyHash.length > 0) ? keyHash : null, q.visibility() == Visibility.UNIT,
							q.anonymous() ? now : null))
				: Mono.empty();
		return this.store.answered(q.id(), now).then(first);
	}

	private Mono<QuestionRow> readable(Viewer viewer, UUID id, String key) {
		return this.store.find(id, viewer, this.keys.hash(key))
			.filter((q) -> q.access().canRead())
			.switchIfEmpty(Mono.error(QuestionNotFound::new));
	}

	private Mono<QuestionRow> participating(Viewer viewer, UUID id, String key) {
		return open(readable(viewer, id, key)).flatMap((q) -> q.access().takesPart() ? Mono.just(q)
				: Mono.error(new QuestionForbidden("Only the asker and the managers asked take part in the thread.")));
	}

	private static Mono<QuestionRow> open(Mono<QuestionRow> question) {
		return question.flatMap((q) -> (q.state() == QuestionState.CLOSED)
				? Mono.error(new QuestionConflict(QuestionConflict.Kind.QUESTION_CLOSED, "The question is closed."))
				: Mono.just(q));
	}

	private Mono<QuestionView> view(UUID id, Viewer viewer, KeyHash keyHash, String followUpKey) {
		return this.store.find(id, viewer, keyHash).flatMap((q) -> view(q, followUpKey));
	}

	private Mono<QuestionView> view(QuestionRow q, String followUpKey) {
		// One query after the other: in a write's transaction both would run on its one connection at once.
		return this.store.messages(q.id())
			.collectList()
			.flatMap((messages) -> this.store.events(q.id())
				.collectList()
				.map((events) -> QuestionViews.view(q, messages, events, this.clock.instant(), followUpKey)));
	}

	private Instant dueAfter(Instant start) {
		return WorkingDays.after(start, this.properties.escalateAfterWorkingDays(), this.properties.zone());
	}

}
