package se.budkavle.cascade;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import se.budkavle.identity.Role;
import se.budkavle.identity.Viewer;
import se.budkavle.platform.Binding;
import se.budkavle.records.Audit;

/**
 * Starts a cascade: checks that the sender may reach the units (a communicator, HR or an admin whose role covers
 * them, or a manager within their own subtree), stores the message and the unit tree as it stands, and opens the first
 * level (or every level at once).
 */
@Component
class Sending {

	static final String UNKNOWN = """
			select t.id from unnest(cast(:targets as uuid[])) as t(id)
			where not exists (select 1 from org_unit u where u.id = t.id and u.active)""";

	static final String MANAGED = """
			select count(*) from org_unit u
			where u.id = any(:targets) and exists (
			    select 1 from org_unit_subtree s join org_unit_manager um on um.unit_id = s.ancestor_id
			    where s.descendant_id = u.id and um.person_id = :personId)""";

	static final String INSERT = """
			insert into cascade (sender_id, sender_name, title, message, changes, unchanged, talking_points, questions,
			                     local_judgement, do_not_say, feedback_question, mode, level_deadline, deadline, sent_at)
			values (:senderId, :senderName, :title, :message, :changes, :unchanged, :talkingPoints, :questions,
			        :localJudgement, :doNotSay, :feedbackQuestion, :mode, :levelDeadline, :deadline, :sentAt)
			returning id""";

	static final String TARGETS = """
			insert into cascade_target (cascade_id, unit_id) select :id, unnest(cast(:targets as uuid[]))""";

	/** The subtrees of the targets as they stand, each unit once, measured from the outermost target above it. */
	static final String SNAPSHOT = """
			insert into cascade_unit (cascade_id, unit_id, parent_id, level, unit_name)
			select distinct on (s.descendant_id) :cascadeId, s.descendant_id,
			       case when s.depth = 0 then null else u.parent_id end, s.depth + 1, u.name
			from org_unit_subtree s join org_unit u on u.id = s.descendant_id
			where s.ancestor_id = any(:targets) and u.active
			order by s.descendant_id, s.depth desc""";

	private final DatabaseClient database;

	private final JsonMapper json;

	private final Clock clock;

	private final Levels levels;

	private final CascadeProperties properties;

	private final Audit audit;

	private final TransactionalOperator transaction;

	Sending(DatabaseClient database, JsonMapper json, Clock clock, Levels levels, CascadeProperties properties,
			Audit audit, ReactiveTransactionManager transactions) {
		this.audit = audit;
		this.database = database;
		this.json = json;
		this.clock = clock;
		this.levels = levels;
		this.properties = properties;
		this.transaction = TransactionalOperator.create(transactions);
	}

	Mono<UUID> send(Viewer sender, CascadeRequest request) {
		return Mono.fromCallable(request::validated)
			.flatMap((valid) -> known(valid.unitIds()))
			.flatMap((targets) -> allowed(sender, targets))
			.flatMap((targets) -> store(sender, request, targets).as(this.transaction::transactional));
	}

	private Mono<UUID[]> known(List<UUID> targets) {
		UUID[] ids = targets.toArray(UUID[]::new);
		return this.database.sql(UNKNOWN).bind("targets", ids).mapValue(UUID.class).all().collectList().flatMap(
				(unknown) -> unknown.isEmpty() ? Mono.just(ids)
						: Mono.error(InvalidCascade.of("targets", "Unknown units: " + unknown)));
	}

	private Mono<UUID[]> allowed(Viewer sender, UUID[] targets) {
		if (sender.scope(Role.COMMUNICATOR, Role.HR, Role.ADMIN).coversAll(List.of(targets))) {
			return Mono.just(targets);
		}
		return this.database.sql(MANAGED)
			.bind("targets", targets)
			.bind("personId", sender.personId())
			.mapValue(Long.class)
			.one()
			.filter((managed) -> managed == targets.length)
			.map((managed) -> targets)
			.switchIfEmpty(Mono.error(() -> new CascadeNotAllowed(
					"Only a communicator, HR or an admin for these units, or their manager, may start a cascade here.")));
	}

	private Mono<UUID> store(Viewer sender, CascadeRequest request, UUID[] targets) {
		Instant now = this.clock.instant();
		return insert(sender, request, now).flatMap((id) -> this.database.sql(SNAPSHOT)
			.bind("cascadeId", id)
			.bind("targets", targets)
			.fetch()
			.rowsUpdated()
			.then(targets(id, targets))
			.then(openFirst(id, request, targets, now).then())
			.then(audited(sender, request, id, targets))
			.thenReturn(id));
	}

	/** One audit entry per target unit, so that a records officer of its subtree sees it. */
	private Mono<Void> audited(Viewer sender, CascadeRequest request, UUID id, UUID[] targets) {
		return Flux.fromArray(targets)
			.concatMap((unit) -> this.audit.record(sender.personId(), "cascade.sent", "cascade:" + id, unit,
					request.title().strip() + " (" + request.mode().name().toLowerCase(Locale.ROOT) + ")"))
			.then();
	}

	private Mono<Long> targets(UUID id, UUID[] targets) {
		return this.database.sql(TARGETS)
			.bind("id", id)
			.bind("targets", targets)
			.fetch()
			.rowsUpdated();
	}

	private Mono<Long> openFirst(UUID id, CascadeRequest request, UUID[] targets, Instant now) {
		Instant deadline = deadline(request, now);
		return (request.mode() == Mode.ALL_AT_ONCE) ? this.levels.openAll(id, now, deadline).count()
				: this.levels.open(id, targets, now, deadline).count();
	}

	/** The deadline of a level opened now: the overall deadline, or the working days per level from now. */
	static Instant deadline(Integer levelDeadline, Instant overall, Instant now, CascadeProperties properties) {
		return (overall != null) ? overall : WorkingDays.after(now, levelDeadline, properties.zone());
	}

	private Instant deadline(CascadeRequest request, Instant now) {
		return deadline(request.levelDeadline(), request.deadline(), now, this.properties);
	}

	private Mono<UUID> insert(Viewer sender, CascadeRequest request, Instant now) {
		var spec = this.database.sql(INSERT)
			.bind("senderId", sender.personId())
			.bind("senderName", sender.displayName())
			.bind("title", request.title().strip())
			.bind("message", request.message())
			.bind("talkingPoints", Json.of(this.json.writeValueAsString(request.talkingPoints())))
			.bind("questions", Json.of(this.json.writeValueAsString(request.questions())))
			.bind("mode", request.mode().name())
			.bind("sentAt", now);
		spec = Binding.nullable(spec, "changes", request.changes(), String.class);
		spec = Binding.nullable(spec, "unchanged", request.unchanged(), String.class);
		spec = Binding.nullable(spec, "localJudgement", request.localJudgement(), String.class);
		spec = Binding.nullable(spec, "doNotSay", request.doNotSay(), String.class);
		spec = Binding.nullable(spec, "feedbackQuestion", request.feedbackQuestion(), String.class);
		spec = Binding.nullable(spec, "levelDeadline", request.levelDeadline(), Integer.class);
		spec = Binding.nullable(spec, "deadline", request.deadline(), Instant.class);
		return spec.mapValue(UUID.class).one();
	}
}
