package se.budkavle.questions;

import java.time.Clock;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.platform.jobs.ExclusiveJobs;

/**
 * Moves questions nobody has answered within the working days allowed to the managers of the next unit up, and
 * tells them; also forgets the daily limit counts of days gone by.
 */
@Component
class Escalation {

	private final ExclusiveJobs jobs;

	private final QuestionStore store;

	private final Routing routing;

	private final QuestionNotices notices;

	private final DailyLimit limit;

	private final QuestionsProperties properties;

	private final Clock clock;

	Escalation(ExclusiveJobs jobs, QuestionStore store, Routing routing, QuestionNotices notices, DailyLimit limit,
			QuestionsProperties properties, Clock clock) {
		this.jobs = jobs;
		this.store = store;
		this.routing = routing;
		this.notices = notices;
		this.properties = properties;
		this.limit = limit;
		this.clock = clock;
	}

	/**
	 * Escalates every question past its time, once across all instances.
	 * @return how many questions moved up
	 */
	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
	Mono<Long> escalateDue() {
		return this.jobs.runOnce("questions.escalate", () -> {
			Instant now = this.clock.instant();
			// read whole before escalating writes on the job's one connection (one statement at a time)
			return this.store.due(now)
				.collectList()
				.flatMapIterable((due) -> due)
				.concatMap((due) -> escalate(due, now))
				.count()
				.flatMap((moved) -> this.limit.forgetPastDays().thenReturn(moved));
		}).reduce(0L, Long::sum);
	}

	private Mono<Long> escalate(QuestionStore.Due due, Instant now) {
		Instant at = AnonymousTimes.of(due.anonymous(), now);
		return this.routing.unitAbove(due.unitId(), Routing.NOBODY)
			.flatMap((unitId) -> this.store
				.movedTo(due.id(), unitId,
						WorkingDays.after(at, this.properties.escalateAfterWorkingDays(), this.properties.zone()))
				.then(this.store.addEvent(due.id(), "ESCALATED", null, false, due.unitId(), unitId, false, null, at))
				.then(this.routing.managersOf(unitId).collectList())
				.flatMap((managers) -> this.notices.escalated(due.id(), due.subject(), managers,
						due.anonymous() ? at : null))
				.thenReturn(1L))
			// at the top nobody is left to escalate to: stop trying
			.switchIfEmpty(Mono.defer(() -> this.store.movedTo(due.id(), due.unitId(), null).thenReturn(0L)))
			.filter((moved) -> moved > 0);
	}
}
