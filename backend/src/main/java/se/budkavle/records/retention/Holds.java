package se.budkavle.records.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.identity.Role;
import se.budkavle.identity.RoleScope;
import se.budkavle.identity.Viewer;
import se.budkavle.records.Audit;

/**
 * Legal holds: placed and released by the records role (within its scope) and administrators, each change written
 * to the audit trail in the same transaction.
 */
@Service
class Holds {

	/** The most holds one listing returns, newest first. */
	static final int LIMIT = 500;

	private static final String POST_UNITS = "select unit_ids from post_record where id = :postId";

	private static final String UNIT = "select id from org_unit where id = :unitId";

	private static final String PLACE = """
			insert into legal_hold (id, post_id, unit_id, reason, placed_by, placed_at)
			values (:id, :postId, :unitId, :reason, :by, :at)""";

	private static final String SELECT = """
			select h.id, h.post_id, h.unit_id, h.reason, h.placed_by, pb.display_name as placed_by_name, h.placed_at,
			       h.released_by, rb.display_name as released_by_name, h.released_at, h.release_reason,
			       coalesce(p.unit_ids, '{}') as post_units
			from legal_hold h
			left join org_person pb on pb.id = h.placed_by
			left join org_person rb on rb.id = h.released_by
			left join post_record p on p.id = h.post_id
			""";

	private static final String LIST = SELECT + """
			where (:whole or h.unit_id = any(:units) or p.unit_ids && :units)
			order by h.placed_at desc, h.id desc
			limit :limit""";

	private static final String ONE = SELECT + "where h.id = :id for update of h";

	private static final String RELEASE = """
			update legal_hold set released_by = :by, released_at = :at, release_reason = :reason
			where id = :id and released_at is null""";

	private final DatabaseClient database;

	private final Audit audit;

	private final TransactionalOperator transaction;

	private final Clock clock;

	Holds(DatabaseClient database, Audit audit, ReactiveTransactionManager transactions, Clock clock) {
		this.database = database;
		this.audit = audit;
		this.transaction = TransactionalOperator.create(transactions);
		this.clock = clock;
	}

	/** Where the viewer may place, read and release holds: the records role or admin, where held. */
	static RoleScope scope(Viewer viewer) {
		RoleScope scope = viewer.scope(Role.RECORDS, Role.ADMIN);
		if (!scope.held()) {
			throw new RetentionForbidden("Only the records role (registrator, arkivarie) and administrators place "
					+ "and read legal holds.");
		}
		return scope;
	}

	/**
	 * Places a hold on a post or a unit inside the viewer's scope.
	 * @return the new hold's id
	 */
	Mono<UUID> place(Viewer viewer, UUID postId, UUID unitId, String reason) {
		RoleScope scope = scope(viewer);
		UUID id = UUID.randomUUID();
		Mono<Void> inScope = (postId != null) ? postInScope(scope, postId) : unitInScope(scope, unitId);
		Mono<UUID> placed = inScope.then(insert(id, postId, unitId, reason, viewer.personId()))
			.then(this.audit.record(viewer.personId(), "hold.placed", subject(id, postId, unitId), unitId, reason))
			.thenReturn(id);
		return this.transaction.transactional(placed);
	}

	/** The holds inside the viewer's scope, in force and released, newest first. */
	Flux<Hold> list(Viewer viewer) {
		RoleScope scope = scope(viewer);
		return this.database.sql(LIST)
			.bind("whole", scope.whole())
			.bind("units", scope.unitArray())
			.bind("limit", LIMIT)
			.map(Holds::hold)
			.all();
	}

	/** Releases a hold in force inside the viewer's scope. */
	Mono<Hold> release(Viewer viewer, UUID id, String reason) {
		RoleScope scope = scope(viewer);
		Instant now = this.clock.instant();
		Mono<Hold> released = this.database.sql(ONE)
			.bind("id", id)
			.map((row) -> new Scoped(hold(row), row.get("post_units", UUID[].class)))
			.one()
			.filter((found) -> scope.whole() || (found.hold().unitId() != null && scope.covers(found.hold().unitId()))
					|| Arrays.stream(found.postUnits()).anyMatch(scope::covers))
			.switchIfEmpty(Mono.error(() -> new HoldNotFound(id)))
			.flatMap((found) -> (found.hold().released() != null) ? Mono.error(new HoldReleased(id))
					: this.database.sql(RELEASE)
						.bind("id", id)
						.bind("by", viewer.personId())
						.bind("at", now)
						.bind("reason", reason)
						.then()
						.then(this.audit.record(viewer.personId(), "hold.released",
								subject(id, found.hold().postId(), found.hold().unitId()), found.hold().unitId(),
								reason))
						.thenReturn(found.hold()))
			.map((hold) -> new Hold(hold.id(), hold.postId(), hold.unitId(), hold.reason(), hold.placedBy(),
					hold.placedAt(), new Hold.Release(new Hold.Person(viewer.personId(), viewer.displayName()), now,
							reason)));
		return this.transaction.transactional(released);
	}

	private Mono<Void> postInScope(RoleScope scope, UUID postId) {
		return this.database.sql(POST_UNITS)
			.bind("postId", postId)
			.map((row) -> row.get("unit_ids", UUID[].class))
			.one()
			.switchIfEmpty(Mono.error(() -> new InvalidRetentionRequest("postId", "is not a post of the hub")))
			.flatMap((units) -> (scope.whole() || Arrays.stream(units).anyMatch(scope::covers))
					? Mono.<Void>empty()
					: Mono.error(new RetentionForbidden("The post is not targeted at a unit within your scope.")));
	}

	private Mono<Void> unitInScope(RoleScope scope, UUID unitId) {
		return this.database.sql(UNIT)
			.bind("unitId", unitId)
			.map((row) -> row.get("id", UUID.class))
			.one()
			.switchIfEmpty(Mono.error(() -> new InvalidRetentionRequest("unitId", "is not a unit of the hub")))
			.flatMap((unit) -> scope.covers(unit) ? Mono.<Void>empty()
					: Mono.error(new RetentionForbidden("The unit is outside your scope.")));
	}

	private Mono<Void> insert(UUID id, UUID postId, UUID unitId, String reason, UUID by) {
		var spec = this.database.sql(PLACE).bind("id", id).bind("reason", reason).bind("by", by)
			.bind("at", this.clock.instant());
		spec = (postId != null) ? spec.bind("postId", postId) : spec.bindNull("postId", UUID.class);
		spec = (unitId != null) ? spec.bind("unitId", unitId) : spec.bindNull("unitId", UUID.class);
		return spec.then();
	}

	private static String subject(UUID id, UUID postId, UUID unitId) {
		return "hold:" + id + ((postId != null) ? " post:" + postId : " unit:" + unitId);
	}

	private static Hold hold(Readable row) {
		Instant releasedAt = row.get("released_at", Instant.class);
		return new Hold(row.get("id", UUID.class), row.get("post_id", UUID.class), row.get("unit_id", UUID.class),
				row.get("reason", String.class),
				new Hold.Person(row.get("placed_by", UUID.class), row.get("placed_by_name", String.class)),
				row.get("placed_at", Instant.class),
				(releasedAt != null) ? new Hold.Release(new Hold.Person(row.get("released_by", UUID.class),
						row.get("released_by_name", String.class)), releasedAt, row.get("release_reason", String.class))
						: null);
	}

	private record Scoped(Hold hold, UUID[] postUnits) {
	}
}
