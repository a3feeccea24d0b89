package se.budkavle.records.web;

import java.util.Collection;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import se.budkavle.identity.RoleScope;

/**
 * Builds the content of a disclosure package in PostgreSQL, one set-based statement per kind of record: every version
 * with who wrote it and when, every withdrawal, hide, restore and deletion with who, when and why. Reads only the
 * views news, comments and questions publish, and only records inside the officer's scope.
 */
@Component
class DisclosureContent {

	static final String ANONYMOUS_NOTE = "Anonym fråga: ingen koppling till frågeställaren lagras, så ingen "
			+ "frågeställare kan lämnas ut. / Anonymous question: no link to the asker is stored, so no asker can be "
			+ "disclosed.";

	static final String DELETION_NOTE = "Raderad av skribenten; ingen anledning efterfrågas. / Deleted by its author; "
			+ "no reason is asked for.";

	private static String person(String column) {
		return "(select jsonb_build_object('id', x.id, 'displayName', x.display_name) from org_person x where x.id = "
				+ column + ")";
	}

	private static String unit(String column) {
		return "(select jsonb_build_object('id', x.id, 'name', x.name) from org_unit x where x.id = " + column + ")";
	}

	static final String COMMENT_JSON = """
			jsonb_build_object('type', 'comment', 'id', c.id, 'postId', c.post_id, 'replyTo', c.parent_id,
			    'state', c.state, 'author', %1$s, 'createdAt', c.created_at,
			    'versions', coalesce((select jsonb_agg(jsonb_build_object('version', r.version, 'body', r.body,
			        'editedAt', r.edited_at, 'editedBy', %1$s) order by r.version)
			        from comment_revision_record r where r.comment_id = c.id), '[]'),
			    'moderation', coalesce((select jsonb_agg(jsonb_build_object('action', m.action, 'reason', m.reason,
			        'at', m.moderated_at, 'by', %2$s) order by m.moderated_at)
			        from comment_moderation_record m where m.comment_id = c.id), '[]'),
			    'deletion', case when c.deleted_at is null then null
			        else jsonb_build_object('at', c.deleted_at, 'by', %1$s, 'reason', '%3$s') end)"""
		.formatted(person("c.author_id"), person("m.moderator_id"), DELETION_NOTE);

	static final String POSTS = """
			select p.id, jsonb_build_object('type', 'post', 'id', p.id, 'title', p.title, 'state', p.status,
			    'author', %1$s, 'publishedAt', p.published_at, 'expiresAt', p.expires_at,
			    'units', coalesce((select jsonb_agg(jsonb_build_object('id', u.id, 'name', u.name) order by u.name)
			        from org_unit u where u.id = any(p.unit_ids)), '[]'),
			    'withdrawal', case when p.withdrawn_at is null then null
			        else jsonb_build_object('at', p.withdrawn_at, 'by', %2$s, 'reason', p.withdrawal_reason) end,
			    'versions', coalesce((select jsonb_agg(jsonb_build_object('version', r.version, 'title', r.title,
			        'body', r.body_markdown, 'editedAt', r.edited_at, 'editedBy', %3$s) order by r.version)
			        from post_revision_record r where r.post_id = p.id), '[]'),
			    'comments', coalesce((select jsonb_agg(%4$s order by c.created_at, c.id)
			        from comment_record c where c.post_id = p.id), '[]')) as content
			from post_record p
			where p.id = any(:ids) and (:whole or p.unit_ids && :units)"""
		.formatted(person("p.author_id"), person("p.withdrawn_by"), person("r.edited_by"), COMMENT_JSON);

	static final String COMMENTS = """
			select c.id, %s as content
			from comment_record c join post_record p on p.id = c.post_id
			where c.id = any(:ids) and (:whole or p.unit_ids && :units)""".formatted(COMMENT_JSON);

	static final String QUESTIONS = """
			select q.id, jsonb_build_object('type', 'question', 'id', q.id, 'subject', q.subject, 'body', q.body,
			    'state', q.state, 'anonymous', q.anonymous,
			    'asker', case when q.anonymous then null else %1$s end,
			    'note', case when q.anonymous then '%2$s' end,
			    'askedAt', q.asked_at, 'askedUnit', %3$s, 'unit', %4$s, 'closedAt', q.closed_at,
			    'messages', coalesce((select jsonb_agg(jsonb_build_object('id', m.id, 'byAsker', m.by_asker,
			        'author', %5$s, 'body', m.body, 'at', m.created_at) order by m.seq)
			        from question_message_record m where m.question_id = q.id), '[]')) as content
			from question_record q
			where q.id = any(:ids) and (:whole or q.asked_unit_id = any(:units) or q.unit_id = any(:units))"""
		.formatted(person("q.asker_id"), ANONYMOUS_NOTE, unit("q.asked_unit_id"), unit("q.unit_id"),
				person("m.author_id"));

	static final String ANSWERS = """
			select m.id, jsonb_build_object('type', 'answer', 'id', m.id, 'questionId', q.id, 'subject', q.subject,
			    'author', %s, 'body', m.body, 'at', m.created_at) as content
			from question_message_record m join question_record q on q.id = m.question_id
			where m.id = any(:ids) and not m.by_asker
			  and (:whole or q.asked_unit_id = any(:units) or q.unit_id = any(:units))""".formatted(person("m.author_id"));

	private final DatabaseClient database;

	DisclosureContent(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * The records of one kind, each as JSON text.
	 * @return id and content of each record found inside the scope; ids not found are left out
	 */
	Flux<Found> of(RecordType type, Collection<UUID> ids, RoleScope scope) {
		String sql = switch (type) {
			case POST -> POSTS;
			case COMMENT -> COMMENTS;
			case QUESTION -> QUESTIONS;
			case ANSWER -> ANSWERS;
		};
		return this.database.sql("select id, cast(content as text) as content from (" + sql + ") found")
			.bind("ids", ids.toArray(UUID[]::new))
			.bind("whole", scope.whole())
			.bind("units", scope.unitArray())
			.map((row) -> new Found(type, row.get("id", UUID.class), row.get("content", String.class)))
			.all();
	}

	/** One record's content as JSON text. */
	record Found(RecordType type, UUID id, String json) {
	}
}
