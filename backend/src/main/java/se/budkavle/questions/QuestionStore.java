package se.budkavle.questions;

import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.identity.Role;
import se.budkavle.identity.Viewer;
import se.budkavle.platform.Cursor;
import se.budkavle.questions.FollowUpKeys.KeyHash;

/**
 * Reads and writes questions, their threads, histories and upvotes.
 */
@Component
class QuestionStore {

	private final DatabaseClient database;

	QuestionStore(DatabaseClient database) {
		this.database = database;
	}

	Mono<UUID> insert(NewQuestion question) {
		GenericExecuteSpec spec = this.database.sql("""
				insert into question (subject, body, anonymous, asker_id, follow_up_key_hash, visibility, asked_unit_id,
				    unit_id, state, asked_at, answer_due_at, escalate_at)
				values (:subject, :body, :anonymous, :askerId, :keyHash, :visibility, :unitId, :unitId, 'OPEN', :at,
				    :dueAt, :dueAt)
				returning id""")
			.bind("subject", question.subject())
			.bind("body", question.body())
			.bind("anonymous", question.anonymous())
			.bind("visibility", question.visibility().name())
			.bind("unitId", question.unitId())
			.bind("at", question.askedAt())
			.bind("dueAt", question.dueAt());
		spec = (question.askerId() != null) ? spec.bind("askerId", question.askerId()) : spec.bindNull("askerId", UUID.class);
		spec = (question.keyHash() != null) ? spec.bind("keyHash", question.keyHash()) : spec.bindNull("keyHash", byte[].class);
		return spec.map((row) -> row.get(0, UUID.class)).one();
	}

	Mono<QuestionRow> find(UUID id, Viewer viewer, KeyHash keyHash) {
		return viewing(this.database.sql("select " + QuestionRow.COLUMNS + " where q.id = :id").bind("id", id), viewer,
				keyHash)
			.map(QuestionRow::of)
			.one();
	}

	Mono<QuestionRow> findByKey(KeyHash keyHash, Viewer viewer) {
		return viewing(this.database.sql("select " + QuestionRow.COLUMNS
				+ " where q.follow_up_key_hash in (:keyHash, :legacyKeyHash)"),
				viewer, keyHash)
			.map(QuestionRow::of)
			.one();
	}

	Flux<QuestionRow> list(Viewer viewer, Box box, QuestionState state, Cursor after, int limit) {
		String where = switch (box) {
			case INBOX -> "(case when q.with_hr then (:hr or q.asked_unit_id = any(:hrUnits))"
					+ " else exists (select 1 from org_unit_manager um"
					+ " where um.unit_id = q.unit_id and um.person_id = :viewer) end)";
			case MINE -> "q.asker_id = :viewer";
			case UNIT -> "q.visibility = 'UNIT' and exists (select 1 from person_membership_record m"
					+ " join org_unit_subtree c on c.descendant_id = m.unit_id"
					+ " where m.person_id = :viewer and c.ancestor_id = q.asked_unit_id)";
		};
		String sql = "select " + QuestionRow.COLUMNS + " where " + where
				+ " and (:state = '' or q.state = :state)"
				+ ((after != null) ? " and (q.asked_at, q.id) < (:afterAt, :afterId)" : "")
				+ " order by q.asked_at desc, q.id desc limit :limit";
		GenericExecuteSpec spec = this.database.sql(sql)
			.bind("state", (state != null) ? state.name() : "")
			.bind("limit", limit);
		if (after != null) {
			spec = spec.bind("afterAt", after.instant(0)).bind("afterId", after.uuid(1));
		}
		return viewing(spec, viewer, KeyHash.NONE).map(QuestionRow::of).all();
	}

	Flux<Message> messages(UUID questionId) {
		return this.database.sql("""
				select m.id, m.body, m.by_asker, m.author_id, p.display_name, m.created_at
				from question_message m left join org_person p on p.id = m.author_id
				where m.question_id = :id order by m.created_at, m.seq""")
			.bind("id", questionId)
			.map((row) -> new Message(row.get("id", UUID.class), row.get("body", String.class),
					Boolean.TRUE.equals(row.get("by_asker", Boolean.class)), row.get("author_id", UUID.class),
					row.get("display_name", String.class), row.get("created_at", Instant.class)))
			.all();
	}

	Flux<HistoryEvent> events(UUID questionId) {
		return this.database.sql("""
				select e.kind, e.at, e.actor_id, p.display_name, e.by_asker, e.from_unit_id, fu.name as from_name,
				    e.to_unit_id, tu.name as to_name, e.to_hr, e.note
				from question_event e left join org_person p on p.id = e.actor_id
				left join org_unit fu on fu.id = e.from_unit_id left join org_unit tu on tu.id = e.to_unit_id
				where e.question_id = :id order by e.id""")
			.bind("id", questionId)
			.map((row) -> new HistoryEvent(row.get("kind", String.class), row.get("at", Instant.class),
					row.get("actor_id", UUID.class), row.get("display_name", String.class),
					Boolean.TRUE.equals(row.get("by_asker", Boolean.class)), row.get("from_unit_id", UUID.class),
					row.get("from_name", String.class), row.get("to_unit_id", UUID.class),
					row.get("to_name", String.class), Boolean.TRUE.equals(row.get("to_hr", Boolean.class)),
					row.get("note", String.class)))
			.all();
	}

	Mono<Void> addMessage(UUID questionId, UUID authorId, boolean byAsker, String body, Instant at) {
		GenericExecuteSpec spec = this.database.sql("""
				insert into question_message (question_id, author_id, by_asker, body, created_at)
				values (:questionId, :authorId, :byAsker, :body, :at)""")
			.bind("questionId", questionId)
			.bind("byAsker", byAsker)
			.bind("body", body)
			.bind("at", at);
		spec = (authorId != null) ? spec.bind("authorId", authorId) : spec.bindNull("authorId", UUID.class);
		return spec.then();
	}

	Mono<Void> addEvent(UUID questionId, String kind, UUID actorId, boolean byAsker, UUID fromUnit, UUID toUnit,
			boolean toHr, String note, Instant at) {
		GenericExecuteSpec spec = this.database.sql("""
				insert into question_event (question_id, kind, actor_id, by_asker, from_unit_id, to_unit_id, to_hr, note, at)
				values (:questionId, :kind, :actorId, :byAsker, :fromUnit, :toUnit, :toHr, :note, :at)""")
			.bind("questionId", questionId)
			.bind("kind", kind)
			.bind("byAsker", byAsker)
			.bind("toHr", toHr)
			.bind("at", at);
		spec = bindNullable(spec, "actorId", actorId, UUID.class);
		spec = bindNullable(spec, "fromUnit", fromUnit, UUID.class);
		spec = bindNullable(spec, "toUnit", toUnit, UUID.class);
		spec = bindNullable(spec, "note", note, String.class);
		return spec.then();
	}

	Mono<Void> answered(UUID questionId, Instant at) {
		return this.database.sql("""
				update question set state = 'ANSWERED', first_answered_at = coalesce(first_answered_at, :at),
				    escalate_at = null where id = :id""")
			.bind("id", questionId)
			.bind("at", at)
			.then();
	}

	Mono<Void> replied(UUID questionId) {
		return this.database.sql("update question set state = 'OPEN' where id = :id and state = 'ANSWERED'")
			.bind("id", questionId)
			.then();
	}

	Mono<Void> closed(UUID questionId, Instant at) {
		return this.database.sql("update question set state = 'CLOSED', closed_at = :at, escalate_at = null where id = :id")
			.bind("id", questionId)
			.bind("at", at)
			.then();
	}

	Mono<Void> movedTo(UUID questionId, UUID unitId, Instant escalateAt) {
		return bindNullable(this.database.sql("update question set unit_id = :unitId, escalate_at = :escalateAt where id = :id")
			.bind("id", questionId)
			.bind("unitId", unitId), "escalateAt", escalateAt, Instant.class).then();
	}

	Mono<Void> toHr(UUID questionId) {
		return this.database.sql("update question set with_hr = true, escalate_at = null where id = :id")
			.bind("id", questionId)
			.then();
	}

	/** Adds or removes the viewer's upvote; returns whether anything changed. */
	Mono<Boolean> upvote(UUID questionId, UUID personId, boolean up, Instant at) {
		String change = up ? """
				with added as (insert into question_upvote (question_id, person_id, upvoted_at)
				    values (:questionId, :personId, :at) on conflict do nothing returning 1)
				update question set upvotes = upvotes + 1 where id = :questionId and exists (select 1 from added)"""
				: """
				with removed as (delete from question_upvote where question_id = :questionId and person_id = :personId
				    returning 1)
				update question set upvotes = upvotes - 1 where id = :questionId and exists (select 1 from removed)""";
		GenericExecuteSpec spec = this.database.sql(change).bind("questionId", questionId).bind("personId", personId);
		if (up) {
			spec = spec.bind("at", at);
		}
		return spec.fetch().rowsUpdated().map((rows) -> rows > 0);
	}

	/** The stored hash of an anonymous question's follow-up key; empty bytes for a named question. */
	Mono<byte[]> keyHash(UUID questionId) {
		return this.database.sql("select coalesce(follow_up_key_hash, ''::bytea) from question where id = :id")
			.bind("id", questionId)
			.map((row) -> row.get(0, byte[].class))
			.one();
	}

	/** Unanswered open questions past their escalation time, locked for this run. */
	Flux<Due> due(Instant now) {
		return this.database.sql("""
				select id, subject, anonymous, unit_id from question
				where escalate_at <= :now and first_answered_at is null and state = 'OPEN' and not with_hr
				order by escalate_at for update skip locked""")
			.bind("now", now)
			.map((row) -> new Due(row.get("id", UUID.class), row.get("subject", String.class),
					Boolean.TRUE.equals(row.get("anonymous", Boolean.class)), row.get("unit_id", UUID.class)))
			.all();
	}

	private static GenericExecuteSpec viewing(GenericExecuteSpec spec, Viewer viewer, KeyHash keyHash) {
		KeyHash hashes = (keyHash != null) ? keyHash : KeyHash.NONE;
		return spec.bind("viewer", viewer.personId())
			.bind("keyHash", hashes.current())
			.bind("legacyKeyHash", hashes.legacy())
			.bind("hr", viewer.hasRole(Role.HR))
			// HR scoped to subtrees handles the questions raised to HR from units inside them.
			.bind("hrUnits", viewer.scope(Role.HR).unitArray());
	}

	private static <T> GenericExecuteSpec bindNullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, type);
	}

	/** A question to be stored. */
	record NewQuestion(String subject, String body, boolean anonymous, UUID askerId, byte[] keyHash,
			Visibility visibility, UUID unitId, Instant askedAt, Instant dueAt) {
	}

	/** A message of a thread. */
	record Message(UUID id, String body, boolean byAsker, UUID authorId, String authorName, Instant at) {
	}

	/** An entry of a question's history. */
	record HistoryEvent(String kind, Instant at, UUID actorId, String actorName, boolean byAsker, UUID fromUnitId,
			String fromUnitName, UUID toUnitId, String toUnitName, boolean toHr, String note) {
	}

	/** A question due to escalate. */
	record Due(UUID id, String subject, boolean anonymous, UUID unitId) {
	}
}
