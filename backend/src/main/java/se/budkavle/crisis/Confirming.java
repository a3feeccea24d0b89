package se.budkavle.crisis;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;
import se.budkavle.live.LiveEvent;
import se.budkavle.live.LiveEvents;
import se.budkavle.platform.Binding;

/**
 * Records a person's answer to a crisis message: every answer is appended to the log, and the person's latest answer
 * (by the log's order) is what the roll call counts, so repeating an answer counts once and concurrent answers by one
 * person leave the last one. "Needs help" is announced at once to the managers of the person's units and to the crisis
 * role following the crisis.
 */
@Component
class Confirming {

	/**
	 * One statement: the answer is logged only for someone the crisis went to, and the latest-answer columns move only
	 * forwards (a row lock orders concurrent answers; one that lost the race to a later answer changes nothing).
	 */
	private static final String ANSWER = """
			with previous as (
			    select status from crisis_recipient where crisis_id = :crisisId and person_id = :personId),
			answer as (
			    insert into crisis_answer (crisis_id, person_id, status, note, answered_at)
			    select :crisisId, :personId, :status, :note, :now from previous
			    returning id, status, note, answered_at),
			latest as (
			    update crisis_recipient r
			    set status = a.status, note = a.note, answered_at = a.answered_at, answer_id = a.id
			    from answer a
			    where r.crisis_id = :crisisId and r.person_id = :personId and (r.answer_id is null or r.answer_id < a.id)
			    returning r.person_id)
			select a.answered_at from answer a""";

	private static final String MANAGERS = """
			select distinct um.person_id from subtree_member sm join org_unit_manager um on um.unit_id = sm.ancestor_id
			where sm.person_id = :personId and um.person_id <> :personId""";

	private final DatabaseClient database;

	private final TransactionalOperator transaction;

	private final LiveEvents live;

	private final Crises crises;

	private final Clock clock;

	Confirming(DatabaseClient database, TransactionalOperator transaction, LiveEvents live, Crises crises, Clock clock) {
		this.database = database;
		this.transaction = transaction;
		this.live = live;
		this.crises = crises;
		this.clock = clock;
	}

	Mono<Confirmed> confirm(UUID crisisId, Viewer viewer, ConfirmationRequest request) {
		return this.crises.find(crisisId).flatMap((crisis) -> {
			if (!crisis.confirmation().accepts(request.status())) {
				return Mono.error(new CrisisRefused("status", "This crisis message asks for "
						+ ((crisis.confirmation() == ConfirmationKind.RECEIVED) ? "RECEIVED" : "SAFE or NEED_HELP")));
			}
			return this.transaction.transactional(record(crisis, viewer, request));
		});
	}

	private Mono<Confirmed> record(Crisis crisis, Viewer viewer, ConfirmationRequest request) {
		return Binding.nullable(this.database.sql(ANSWER), "note", request.note(), String.class)
			.bind("crisisId", crisis.id())
			.bind("personId", viewer.personId())
			.bind("status", request.status().name())
			.bind("now", this.clock.instant())
			.map((row) -> new Confirmed(request.status(), row.get("answered_at", Instant.class)))
			.one()
			.switchIfEmpty(Mono.error(() -> new CrisisNotFound(crisis.id())))
			.flatMap((confirmed) -> (request.status() == Answer.NEED_HELP)
					? needsHelp(crisis, viewer).thenReturn(confirmed) : Mono.just(confirmed));
	}

	/** To the managers on the banner topic (only they receive it) and to the crisis role's roll-call topic. */
	private Mono<Void> needsHelp(Crisis crisis, Viewer viewer) {
		Map<String, Object> payload = Map.of("crisisId", crisis.id(), "personId", viewer.personId(), "displayName",
				viewer.displayName());
		return this.database.sql(MANAGERS)
			.bind("personId", viewer.personId())
			.mapValue(UUID.class)
			.all()
			.collect(java.util.stream.Collectors.toUnmodifiableSet())
			.flatMap((managers) -> managers.isEmpty() ? Mono.<Long>empty()
					: this.live.publish(new LiveEvent(CrisisTopics.BANNER, CrisisTopics.NEED_HELP, payload, managers)))
			.then(this.live.publish(LiveEvent.of(CrisisTopics.rollCall(crisis.id()), CrisisTopics.NEED_HELP, payload)))
			.then();
	}

	/** What the person answered and when. */
	record Confirmed(Answer status, Instant answeredAt) {
	}

	/** An answer: the status and an optional note (where to find the person, what help they need). */
	record ConfirmationRequest(@jakarta.validation.constraints.NotNull Answer status,
			@jakarta.validation.constraints.Size(max = 1000) String note) {

		ConfirmationRequest {
			note = se.budkavle.platform.Input.text("note", note);
		}
	}
}
