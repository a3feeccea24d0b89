package se.budkavle.records.web;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import se.budkavle.identity.RoleScope;
import se.budkavle.platform.database.CustomPlans;

/**
 * Finds official records for a request: posts (by any of their versions), comments in every state (hidden and
 * deleted ones marked), questions and answers, by period, unit subtree, author and words, within the officer's
 * scope. Reads only the views news, comments and questions publish.
 */
@Component
class RecordSearch {

	static final String SQL = """
			with scope_units as (
			    select descendant_id as id from org_unit_subtree where ancestor_id = :unit
			), posts as (
			    select p.* from post_record p
			    where (:whole or p.unit_ids && :units)
			      and (cast(:unit as uuid) is null or p.unit_ids && array(select id from scope_units))
			), questions as (
			    select q.* from question_record q
			    where (:whole or q.asked_unit_id = any(:units) or q.unit_id = any(:units))
			      and (cast(:unit as uuid) is null or q.asked_unit_id in (select id from scope_units)
			           or q.unit_id in (select id from scope_units))
			), found as (
			    select 'post' as type, p.id, cast(null as uuid) as parent_id, p.title, left(p.body_markdown, 200) as excerpt,
			           p.author_id, coalesce(p.published_at, p.publish_at) as at, p.status as state, p.version as versions
			    from posts p
			    where :posts and (:text = '' or p.title ilike :pattern or p.body_markdown ilike :pattern
			          or exists (select 1 from post_revision_record r where r.post_id = p.id
			                     and (r.title ilike :pattern or r.body_markdown ilike :pattern)))
			    union all
			    select 'comment', c.id, c.post_id, null, left(c.body, 200), c.author_id, c.created_at, c.state, c.version
			    from comment_record c join posts p on p.id = c.post_id
			    where :comments and (:text = '' or c.body ilike :pattern
			          or exists (select 1 from comment_revision_record r where r.comment_id = c.id and r.body ilike :pattern))
			    union all
			    select 'question', q.id, null, q.subject, left(q.body, 200), q.asker_id, q.asked_at, q.state, 1
			    from questions q
			    where :questions and (:text = '' or q.subject ilike :pattern or q.body ilike :pattern)
			    union all
			    select 'answer', m.id, m.question_id, null, left(m.body, 200), m.author_id, m.created_at, 'ANSWER', 1
			    from question_message_record m join questions q on q.id = m.question_id
			    where :answers and not m.by_asker and (:text = '' or m.body ilike :pattern)
			)
			select f.*, a.display_name as author_name
			from found f left join org_person a on a.id = f.author_id
			where f.at >= :from and f.at < :to
			  and (cast(:author as uuid) is null or f.author_id = :author)
			  and (f.at, f.id) < (:afterAt, :afterId)
			order by f.at desc, f.id desc
			limit :limit""";

	private final DatabaseClient database;

	private final CustomPlans plans;

	RecordSearch(DatabaseClient database, CustomPlans plans) {
		this.database = database;
		this.plans = plans;
	}

	Flux<Found> find(RoleScope scope, SearchQuery query, int limit) {
		var spec = this.database.sql(SQL)
			.bind("whole", scope.whole())
			.bind("units", scope.unitArray())
			.bind("text", query.text())
			.bind("pattern", "%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.bind("posts", query.types().contains(RecordType.POST))
			.bind("comments", query.types().contains(RecordType.COMMENT))
			.bind("questions", query.types().contains(RecordType.QUESTION))
			.bind("answers", query.types().contains(RecordType.ANSWER))
			.bind("from", query.from())
			.bind("to", query.to())
			.bind("afterAt", query.afterAt())
			.bind("afterId", query.afterId())
			.bind("limit", limit);
		spec = (query.unitId() != null) ? spec.bind("unit", query.unitId()) : spec.bindNull("unit", UUID.class);
		spec = (query.authorId() != null) ? spec.bind("author", query.authorId()) : spec.bindNull("author", UUID.class);
		var statement = spec;
		// The filters that do not apply (no unit, no author, no words, a type left out) drop out of a plan made for
		// the values; a generic plan scans for them all (bench/README.md, records: 9.8 times the SQL, 1.1 with this).
		return this.plans.run(() -> statement.map(RecordSearch::found).all());
	}

	private static Found found(Readable row) {
		UUID authorId = row.get("author_id", UUID.class);
		return new Found(RecordType.valueOf(row.get("type", String.class).toUpperCase(java.util.Locale.ROOT)).key(),
				row.get("id", UUID.class), row.get("parent_id", UUID.class), row.get("title", String.class),
				row.get("excerpt", String.class),
				(authorId != null) ? new AuditTrail.Actor(authorId, row.get("author_name", String.class)) : null,
				row.get("at", Instant.class), row.get("state", String.class), row.get("versions", Integer.class));
	}

	/**
	 * What to look for.
	 *
	 * @param text words the record contains (blank: any)
	 * @param from the start of the period
	 * @param to the end of the period (exclusive)
	 * @param unitId the unit whose subtree the records concern, or {@code null}
	 * @param authorId the author, or {@code null}
	 * @param types the kinds of record
	 * @param afterAt the time of the previous page's last record
	 * @param afterId the id of the previous page's last record
	 */
	record SearchQuery(String text, Instant from, Instant to, UUID unitId, UUID authorId, Set<RecordType> types,
			Instant afterAt, UUID afterId) {
	}

	/**
	 * One record found.
	 *
	 * @param type post, comment, question or answer
	 * @param id its id
	 * @param parentId the post of a comment, the question of an answer, or {@code null}
	 * @param title a post's title or a question's subject, or {@code null}
	 * @param excerpt the start of the current text
	 * @param author who wrote it, or {@code null} for an anonymous question
	 * @param at when it was published, written or asked
	 * @param state its state: PUBLISHED, WITHDRAWN, VISIBLE, HIDDEN, DELETED, OPEN, ANSWERED, CLOSED or ANSWER
	 * @param versions how many versions it has
	 */
	record Found(String type, UUID id, UUID parentId, String title, String excerpt, AuditTrail.Actor author,
			Instant at, String state, int versions) {
	}
}
