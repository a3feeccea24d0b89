package se.budkavle.cascade;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;
import se.budkavle.news.PostStatus;
import se.budkavle.news.Posts;
import se.budkavle.platform.Binding;
import se.budkavle.records.Audit;

/**
 * A manager relays a cascade for a unit — a local post to the unit, a workplace meeting, a printed sheet — or records
 * that they opened it. Relaying a level opens the next one for the managers below (level by level); relaying for an
 * overdue unit below one's own is recorded as on the missing manager's behalf.
 */
@Component
class Relaying {

	/** The unit if the viewer relays for it ({@code on_behalf} false) or for its overdue unit's parent (true). */
	private static final String RESPONSIBLE = """
			select not %s as on_behalf from cascade_unit cu
			where cu.cascade_id = :cascadeId and cu.unit_id = :unitId and cu.reached_at is not null and (%s or %s)"""
		.formatted(Participation.RELAYS_FOR, Participation.RELAYS_FOR, Participation.RELAYS_ON_BEHALF);

	private static final String INSERT = """
			insert into cascade_relay (cascade_id, unit_id, person_id, person_name, kind, on_behalf, post_id,
			                           meeting_date, participants, meeting_questions, meeting_feedback, relayed_at)
			values (:cascadeId, :unitId, :personId, :personName, :kind, :onBehalf, :postId, :meetingDate,
			        :participants, :questions, :feedback, :now)
			returning id""";

	/** Marks the unit relayed (and discussed for a meeting); answers whether it was its first relay. */
	private static final String MARK = """
			update cascade_unit cu set opened_at = coalesce(cu.opened_at, :now),
			       relayed_at = coalesce(cu.relayed_at, :now),
			       discussed_at = case when :meeting then coalesce(cu.discussed_at, :now) else cu.discussed_at end
			from cascade_unit was
			where cu.cascade_id = :cascadeId and cu.unit_id = :unitId
			  and was.cascade_id = cu.cascade_id and was.unit_id = cu.unit_id
			returning was.relayed_at is null as first""";

	private final DatabaseClient database;

	private final Participation participation;

	private final Levels levels;

	private final Posts posts;

	private final CascadeTopics topics;

	private final CascadeProperties properties;

	private final Clock clock;

	private final Audit audit;

	private final TransactionalOperator transaction;

	Relaying(DatabaseClient database, Participation participation, Levels levels, Posts posts, CascadeTopics topics,
			CascadeProperties properties, Clock clock, Audit audit, ReactiveTransactionManager transactions) {
		this.audit = audit;
		this.database = database;
		this.participation = participation;
		this.levels = levels;
		this.posts = posts;
		this.topics = topics;
		this.properties = properties;
		this.clock = clock;
		this.transaction = TransactionalOperator.create(transactions);
	}

	Mono<UUID> relay(UUID cascadeId, Viewer viewer, RelayRequest request) {
		return this.participation.cascade(cascadeId, viewer)
			.flatMap((cascade) -> Mono.fromCallable(request::validated)
				.flatMap((valid) -> onBehalf(cascadeId, valid.unitId(), viewer))
				.flatMap((onBehalf) -> checkPost(request, viewer).thenReturn(onBehalf))
				.flatMap((onBehalf) -> record(cascade, viewer, request, onBehalf).as(this.transaction::transactional)));
	}

	/** Records that the viewer opened the cascade, for each of their units; repeating changes nothing. */
	Mono<Void> open(UUID cascadeId, Viewer viewer) {
		Instant now = this.clock.instant();
		return this.participation.cascade(cascadeId, viewer)
			.thenMany(this.database.sql("""
					with mine as (
					    select cu.unit_id from cascade_unit cu
					    where cu.cascade_id = :cascadeId and cu.reached_at is not null and %s),
					recorded as (
					    insert into cascade_open (cascade_id, unit_id, person_id, opened_at)
					    select :cascadeId, unit_id, :personId, :now from mine on conflict do nothing)
					update cascade_unit cu set opened_at = :now
					from mine where cu.cascade_id = :cascadeId and cu.unit_id = mine.unit_id and cu.opened_at is null
					returning cu.unit_id, cu.deadline""".formatted(Participation.RELAYS_FOR))
				.bind("cascadeId", cascadeId)
				.bind("personId", viewer.personId())
				.bind("now", now)
				.map((row) -> new Opened(row.get("unit_id", UUID.class), row.get("deadline", Instant.class)))
				.all()
				.concatMap((opened) -> this.topics.announce(cascadeId, opened.unitId(),
						CascadeTopics.CASCADE_OPENED, State.of(opened.deadline(), now, null, null, now)))
				.as(this.transaction::transactional))
			.then();
	}

	private Mono<Boolean> onBehalf(UUID cascadeId, UUID unitId, Viewer viewer) {
		return this.database.sql(RESPONSIBLE)
			.bind("cascadeId", cascadeId)
			.bind("unitId", unitId)
			.bind("personId", viewer.personId())
			.bind("now", this.clock.instant())
			.mapValue(Boolean.class)
			.one()
			.switchIfEmpty(Mono.error(() -> new UnitNotYours(unitId)));
	}

	/** A POST relay names a published post addressed to the unit. */
	private Mono<Void> checkPost(RelayRequest request, Viewer viewer) {
		if (request.kind() != RelayRequest.Kind.POST) {
			return Mono.empty();
		}
		return this.posts.access(request.postId(), viewer)
			.filter((access) -> access.status() == PostStatus.PUBLISHED)
			.flatMap((access) -> this.posts.targets(request.postId()).any(request.unitId()::equals))
			.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.error(() -> InvalidCascade.of("postId",
					"Not a published post addressed to unit " + request.unitId() + ".")))
			.then();
	}

	private Mono<UUID> record(Participation.Sent cascade, Viewer viewer, RelayRequest request, boolean onBehalf) {
		Instant now = this.clock.instant();
		boolean meeting = request.kind() == RelayRequest.Kind.MEETING;
		return insert(cascade.id(), viewer, request, onBehalf, now)
			.flatMap((id) -> mark(cascade.id(), request.unitId(), meeting, now)
				.flatMap((first) -> first && cascade.levelByLevel() ? openBelow(cascade, request.unitId(), now)
						: Mono.empty())
				.then(this.topics.announce(cascade.id(), request.unitId(),
						meeting ? CascadeTopics.CASCADE_DISCUSSED : CascadeTopics.CASCADE_RELAYED,
						meeting ? State.DISCUSSED : State.RELAYED))
				.then(this.audit.record(viewer.personId(), action(meeting, onBehalf),
						"cascade:" + cascade.id() + " relay:" + id, request.unitId(), reason(request)))
				.thenReturn(id));
	}

	/** {@code cascade.relayed} or {@code cascade.meeting-recorded}, {@code -on-behalf} when for another's unit. */
	static String action(boolean meeting, boolean onBehalf) {
		return (meeting ? "cascade.meeting-recorded" : "cascade.relayed") + (onBehalf ? "-on-behalf" : "");
	}

	private static String reason(RelayRequest request) {
		return switch (request.kind()) {
			case POST -> "post:" + request.postId();
			case MEETING -> "meeting " + request.meeting().date() + ", " + request.meeting().participants()
					+ " participants";
			default -> request.kind().name().toLowerCase(Locale.ROOT);
		};
	}

	private Mono<Long> openBelow(Participation.Sent cascade, UUID unitId, Instant now) {
		Instant deadline = Sending.deadline(cascade.levelDeadline(), cascade.deadline(), now, this.properties);
		return this.database.sql("select unit_id from cascade_unit where cascade_id = :cascadeId and parent_id = :unitId")
			.bind("cascadeId", cascade.id())
			.bind("unitId", unitId)
			.mapValue(UUID.class)
			.all()
			.collectList()
			.flatMapMany((children) -> this.levels.open(cascade.id(), children.toArray(UUID[]::new), now, deadline))
			.count();
	}

	private Mono<Boolean> mark(UUID cascadeId, UUID unitId, boolean meeting, Instant now) {
		return this.database.sql(MARK)
			.bind("cascadeId", cascadeId)
			.bind("unitId", unitId)
			.bind("meeting", meeting)
			.bind("now", now)
			.mapValue(Boolean.class)
			.one();
	}

	private Mono<UUID> insert(UUID cascadeId, Viewer viewer, RelayRequest request, boolean onBehalf, Instant now) {
		RelayRequest.Meeting meeting = (request.meeting() != null) ? request.meeting()
				: new RelayRequest.Meeting(null, null, null, null);
		boolean recorded = request.kind() == RelayRequest.Kind.MEETING;
		var spec = this.database.sql(INSERT)
			.bind("cascadeId", cascadeId)
			.bind("unitId", request.unitId())
			.bind("personId", viewer.personId())
			.bind("personName", viewer.displayName())
			.bind("kind", request.kind().name())
			.bind("onBehalf", onBehalf)
			.bind("now", now);
		spec = Binding.nullable(spec, "postId", (request.kind() == RelayRequest.Kind.POST) ? request.postId() : null,
				UUID.class);
		spec = Binding.nullable(spec, "meetingDate", recorded ? meeting.date() : null, LocalDate.class);
		spec = Binding.nullable(spec, "participants", recorded ? meeting.participants() : null, Integer.class);
		spec = Binding.nullable(spec, "questions", recorded ? meeting.questions() : null, String.class);
		spec = Binding.nullable(spec, "feedback", recorded ? meeting.feedback() : null, String.class);
		return spec.mapValue(UUID.class).one();
	}

	private record Opened(UUID unitId, Instant deadline) {
	}
}
