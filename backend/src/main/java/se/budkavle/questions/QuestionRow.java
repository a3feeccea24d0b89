package se.budkavle.questions;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;

/**
 * A stored question with the names around it and what the viewer who loaded it may do.
 */
record QuestionRow(UUID id, String subject, String body, boolean anonymous, UUID askerId, String askerName,
		Visibility visibility, UUID askedUnitId, String askedUnitName, UUID unitId, String unitName, boolean withHr,
		QuestionState state, Instant askedAt, Instant answerDueAt, Instant escalateAt, Instant firstAnsweredAt,
		Instant closedAt, int upvotes, long messageCount, Access access) {

	/** How the viewer stands to the question. */
	record Access(boolean asker, boolean recipient, boolean currentRecipient, boolean member, boolean upvoted) {

		boolean canRead() {
			return this.asker || this.recipient || this.member;
		}

		boolean takesPart() {
			return this.asker || this.recipient;
		}
	}

	static final String COLUMNS = """
			q.id, q.subject, q.body, q.anonymous, q.asker_id, ap.display_name as asker_name, q.visibility,
			q.asked_unit_id, au.name as asked_unit_name, q.unit_id, u.name as unit_name, q.with_hr, q.state, q.asked_at,
			q.answer_due_at, q.escalate_at, q.first_answered_at, q.closed_at, q.upvotes,
			(select count(*) from question_message m where m.question_id = q.id) as message_count,
			coalesce(q.asker_id = :viewer, false) or coalesce(q.follow_up_key_hash in (:keyHash, :legacyKeyHash), false) as is_asker,
			(q.with_hr and (:hr or q.asked_unit_id = any(:hrUnits))) or exists (select 1 from org_unit_subtree up
			    join org_unit_subtree top on top.descendant_id = up.ancestor_id and top.ancestor_id = q.unit_id
			    join org_unit_manager um on um.unit_id = up.ancestor_id
			    where up.descendant_id = q.asked_unit_id and um.person_id = :viewer) as on_path,
			case when q.with_hr then (:hr or q.asked_unit_id = any(:hrUnits))
			    else exists (select 1 from org_unit_manager um
			        where um.unit_id = q.unit_id and um.person_id = :viewer) end as current_recipient,
			q.visibility = 'UNIT' and exists (select 1 from person_membership_record m
			    join org_unit_subtree c on c.descendant_id = m.unit_id
			    where m.person_id = :viewer and c.ancestor_id = q.asked_unit_id) as member,
			exists (select 1 from question_upvote v where v.question_id = q.id and v.person_id = :viewer) as upvoted
			from question q join org_unit au on au.id = q.asked_unit_id join org_unit u on u.id = q.unit_id
			left join org_person ap on ap.id = q.asker_id""";

	static QuestionRow of(Readable row) {
		Access access = new Access(bool(row, "is_asker"), bool(row, "on_path"), bool(row, "current_recipient"),
				bool(row, "member"), bool(row, "upvoted"));
		return new QuestionRow(row.get("id", UUID.class), row.get("subject", String.class),
				row.get("body", String.class), bool(row, "anonymous"), row.get("asker_id", UUID.class),
				row.get("asker_name", String.class), Visibility.valueOf(row.get("visibility", String.class)),
				row.get("asked_unit_id", UUID.class), row.get("asked_unit_name", String.class),
				row.get("unit_id", UUID.class), row.get("unit_name", String.class), bool(row, "with_hr"),
				QuestionState.valueOf(row.get("state", String.class)), row.get("asked_at", Instant.class),
				row.get("answer_due_at", Instant.class), row.get("escalate_at", Instant.class),
				row.get("first_answered_at", Instant.class), row.get("closed_at", Instant.class),
				row.get("upvotes", Integer.class), row.get("message_count", Long.class), access);
	}

	boolean overdue(Instant now) {
		return this.firstAnsweredAt == null && this.state != QuestionState.CLOSED && now.isAfter(this.answerDueAt);
	}

	private static boolean bool(Readable row, String column) {
		return Boolean.TRUE.equals(row.get(column, Boolean.class));
	}
}
