package se.budkavle.crisis;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;
import se.budkavle.live.LiveEvent;
import se.budkavle.live.LiveEvents;
import se.budkavle.records.Audit;

/**
 * Follow-up messages on a crisis thread and the all-clear (”Faran över”) that ends its banners, by those who run it;
 * each stored and announced live in one transaction, with a text per person by SMS ({@link CrisisSms}) and a card in
 * each unit's Teams channel ({@link CrisisTeams}).
 */
@Component
class Running {

	private static final String UPDATE = """
			insert into crisis_update (crisis_id, author_id, body, created_at)
			select id, :authorId, :body, :now from crisis where id = :crisisId and all_clear_at is null
			returning id""";

	private static final String ALL_CLEAR = """
			update crisis set all_clear_at = :now, all_clear_by = :personId, all_clear_body = :body
			where id = :crisisId and all_clear_at is null""";

	private final DatabaseClient database;

	private final TransactionalOperator transaction;

	private final LiveEvents live;

	private final Crises crises;

	private final Clock clock;

	private final CrisisSms sms;

	private final Audit audit;

	private final CrisisTeams teams;

	Running(DatabaseClient database, TransactionalOperator transaction, LiveEvents live, Crises crises, Clock clock,
			CrisisSms sms, Audit audit, CrisisTeams teams) {
		this.audit = audit;
		this.teams = teams;
		this.database = database;
		this.transaction = transaction;
		this.live = live;
		this.crises = crises;
		this.clock = clock;
		this.sms = sms;
	}

	Mono<UUID> update(UUID crisisId, Viewer viewer, String body) {
		return runnable(crisisId, viewer).flatMap((crisis) -> this.transaction.transactional(this.database.sql(UPDATE)
			.bind("crisisId", crisisId)
			.bind("authorId", viewer.personId())
			.bind("body", body)
			.bind("now", this.clock.instant())
			.mapValue(UUID.class)
			.one()
			.switchIfEmpty(Mono.error(() -> new CrisisOver(crisisId)))
			.flatMap((id) -> announce(crisisId, CrisisTopics.UPDATED)
				.then(this.sms.enqueue(crisisId, id.toString()))
				.then(this.teams.announce(crisisId, id.toString()))
				.then(this.audit.record(viewer.personId(), "crisis.updated", "crisis:" + crisisId + " update:" + id,
						null))
				.thenReturn(id))));
	}

	Mono<Void> allClear(UUID crisisId, Viewer viewer, String body) {
		return runnable(crisisId, viewer).flatMap((crisis) -> this.transaction
			.transactional(this.database.sql(ALL_CLEAR)
			.bind("body", body)
			.bind("crisisId", crisisId)
			.bind("personId", viewer.personId())
			.bind("now", this.clock.instant())
			.fetch()
			.rowsUpdated()
			.flatMap((updated) -> (updated == 0) ? Mono.error(new CrisisOver(crisisId))
					: announce(crisisId, CrisisTopics.ALL_CLEAR)
						.then(this.sms.enqueue(crisisId, CrisisSms.ALL_CLEAR))
						.then(this.teams.announce(crisisId, CrisisSms.ALL_CLEAR))
						.then(this.audit.record(viewer.personId(), "crisis.all-clear", "crisis:" + crisisId, null)))
			.then()));
	}

	private Mono<Crisis> runnable(UUID crisisId, Viewer viewer) {
		return this.crises.find(crisisId)
			.filter((crisis) -> crisis.mayRun(viewer))
			.switchIfEmpty(Mono.error(() -> new CrisisForbidden("Only those who may send it run a crisis")));
	}

	private Mono<Long> announce(UUID crisisId, String type) {
		Map<String, Object> payload = Map.of("crisisId", crisisId);
		return this.live.publish(LiveEvent.of(CrisisTopics.BANNER, type, payload))
			.then(this.live.publish(LiveEvent.of(CrisisTopics.rollCall(crisisId), type, payload)));
	}
}
