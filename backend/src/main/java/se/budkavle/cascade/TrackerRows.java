package se.budkavle.cascade;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;

/** The tracker's SQL: where the viewer may start, the cascade's tree under a unit, its relays and the people in it. */
@Component
class TrackerRows {

	/**
	 * The unit the viewer may track from: the one asked for, or the highest they may see — everything for the sender,
	 * the subtrees their communicator, HR or admin role covers, the units they relay for or lead (with those below).
	 */
	private static final String START = """
			select cu.unit_id from cascade_unit cu
			where cu.cascade_id = :cascadeId and (cu.unit_id = :unitId or :any)
			  and (:all or :roleWhole or cu.unit_id = any(:roleUnits) or %s or exists (
			      select 1 from org_unit_subtree s join org_unit_manager um on um.unit_id = s.ancestor_id
			      where s.descendant_id = cu.unit_id and um.person_id = :personId))
			order by cu.level, cu.unit_name, cu.unit_id limit 1""".formatted(Participation.RELAYS_FOR);

	/** The cascade's tree under a unit, as it stood when sent; the benchmark runs the same statement. */
	static final String TREE = """
			with recursive tree as (
			    select * from cascade_unit where cascade_id = :cascadeId and unit_id = :unitId
			    union all
			    select cu.* from cascade_unit cu join tree t on cu.cascade_id = t.cascade_id and cu.parent_id = t.unit_id)
			select unit_id, parent_id, level, unit_name, reached_at, deadline, manager_name, carrier_name, opened_at,
			       relayed_at, discussed_at
			from tree order by level, unit_name, unit_id""";

	private static final String RELAYS = """
			select id, unit_id, kind, relayed_at, on_behalf, post_id, person_name, meeting_date, participants,
			       meeting_questions, meeting_feedback
			from cascade_relay where cascade_id = :cascadeId and unit_id = any(:units)
			order by relayed_at, id""";

	private final DatabaseClient database;

	TrackerRows(DatabaseClient database) {
		this.database = database;
	}

	Mono<UUID> start(UUID cascadeId, UUID unitId, Viewer viewer, boolean sender) {
		return Participation.bindViewer(this.database.sql(START), viewer)
			.bind("cascadeId", cascadeId)
			.bind("unitId", (unitId != null) ? unitId : new UUID(0, 0))
			.bind("any", unitId == null)
			.bind("all", sender)
			.mapValue(UUID.class)
			.one();
	}

	Flux<UnitRow> tree(UUID cascadeId, UUID unitId) {
		return this.database.sql(TREE)
			.bind("cascadeId", cascadeId)
			.bind("unitId", unitId)
			.mapProperties(UnitRow.class)
			.all();
	}

	Flux<RelayRow> relays(UUID cascadeId, UUID[] units) {
		return this.database.sql(RELAYS)
			.bind("cascadeId", cascadeId)
			.bind("units", units)
			.mapProperties(RelayRow.class)
			.all();
	}

	/** The people in the unit's subtree now, for the disclosure rule. */
	Mono<Long> people(UUID unitId) {
		return this.database.sql("select count(*) from subtree_member where ancestor_id = :unitId")
			.bind("unitId", unitId)
			.mapValue(Long.class)
			.one();
	}

	/** One unit of the cascade as stored. */
	record UnitRow(UUID unitId, UUID parentId, int level, String unitName, Instant reachedAt, Instant deadline,
			String managerName, String carrierName, Instant openedAt, Instant relayedAt, Instant discussedAt) {
	}

	/** One relay as stored. */
	record RelayRow(UUID id, UUID unitId, String kind, Instant relayedAt, boolean onBehalf, UUID postId,
			String personName, LocalDate meetingDate, Integer participants, String meetingQuestions,
			String meetingFeedback) {
	}
}
