package se.budkavle.records.web;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import se.budkavle.identity.RoleScope;
import se.budkavle.identity.Viewer;
import se.budkavle.records.Audit;

/**
 * The register extract (GDPR art. 15): everything the hub holds about one person, from the views each module publishes
 * for it, and nothing about anyone else (no other person's name or id: who gave a role or answered is left out).
 * Written to the audit trail.
 */
@Component
class PersonExtract {

	static final String ANONYMOUS_NOTE = "Anonyma frågor lagrar ingen koppling till frågeställaren och kan därför inte "
			+ "tas med. / Anonymous questions keep no link to their asker and so cannot be listed.";

	private static final String UNIT = "(select jsonb_build_object('id', u.id, 'name', u.name) from org_unit u where u.id = %s)";

	private static final String LIST = "coalesce((select jsonb_agg(%s order by %s) from %s x where %s = :person), '[]')";

	private static String list(String json, String order, String view, String column) {
		return LIST.formatted(json, order, view, column);
	}

	static final String SQL = "select cast(jsonb_build_object("
			+ "'person', (select jsonb_build_object('id', p.id, 'externalId', p.external_id, 'displayName', "
			+ "p.display_name, 'email', p.email, 'jobTitle', p.job_title, 'active', p.active, 'phone', "
			+ "(select ph.phone from org_person_phone ph where ph.id = p.id)) from org_person p "
			+ "where p.id = :person), "
			+ "'memberships', " + list("jsonb_build_object('unit', " + UNIT.formatted("x.unit_id")
					+ ", 'primary', x.is_primary)", "x.is_primary desc, x.unit_id", "person_membership_record", "x.person_id") + ", "
			+ "'manages', " + list("jsonb_build_object('unit', " + UNIT.formatted("x.unit_id") + ", 'deputy', x.deputy)",
					"x.unit_id", "org_unit_manager", "x.person_id") + ", "
			+ "'roles', " + list("jsonb_build_object('role', lower(x.role), 'unit', " + UNIT.formatted("x.unit_id")
					+ ", 'grantedAt', x.granted_at, 'revokedAt', x.revoked_at)", "x.granted_at", "role_grant_record",
					"x.person_id") + ", "
			+ "'posts', " + list("jsonb_build_object('id', x.id, 'title', x.title, 'state', x.status, 'publishedAt', "
					+ "x.published_at, 'withdrawnAt', x.withdrawn_at)", "x.created_at", "post_record", "x.author_id") + ", "
			+ "'postVersions', " + list("jsonb_build_object('postId', x.post_id, 'version', x.version, 'title', x.title, "
					+ "'body', x.body_markdown, 'editedAt', x.edited_at)", "x.edited_at", "post_revision_record",
					"x.edited_by") + ", "
			+ "'comments', " + list("jsonb_build_object('id', x.id, 'postId', x.post_id, 'state', x.state, 'createdAt', "
					+ "x.created_at, 'deletedAt', x.deleted_at, 'versions', coalesce((select jsonb_agg(jsonb_build_object("
					+ "'version', r.version, 'body', r.body, 'editedAt', r.edited_at) order by r.version) from "
					+ "comment_revision_record r where r.comment_id = x.id), '[]'))", "x.created_at", "comment_record",
					"x.author_id") + ", "
			+ "'moderations', " + list("jsonb_build_object('commentId', x.comment_id, 'action', x.action, 'reason', "
					+ "x.reason, 'at', x.moderated_at)", "x.moderated_at", "comment_moderation_record", "x.moderator_id") + ", "
			+ "'reactions', " + list("jsonb_build_object('commentId', x.comment_id, 'kind', x.kind, 'at', x.created_at)",
					"x.created_at", "comment_reaction_record", "x.person_id") + ", "
			+ "'reports', " + list("jsonb_build_object('commentId', x.comment_id, 'reason', x.reason, 'at', "
					+ "x.reported_at, 'resolvedAt', x.resolved_at)", "x.reported_at", "comment_report_record", "x.person_id") + ", "
			+ "'questions', " + list("jsonb_build_object('id', x.id, 'subject', x.subject, 'body', x.body, 'state', "
					+ "x.state, 'visibility', x.visibility, 'askedAt', x.asked_at)", "x.asked_at", "question_record",
					"x.asker_id") + ", "
			+ "'questionMessages', " + list("jsonb_build_object('questionId', x.question_id, 'byAsker', x.by_asker, "
					+ "'body', x.body, 'at', x.created_at)", "x.created_at", "question_message_record", "x.author_id") + ", "
			+ "'upvotes', " + list("jsonb_build_object('questionId', x.question_id, 'at', x.upvoted_at)", "x.upvoted_at",
					"question_upvote_record", "x.person_id") + ", "
			+ "'audience', " + list("jsonb_build_object('postId', x.post_id, 'unit', " + UNIT.formatted("x.unit_id")
					+ ", 'firstReadAt', x.first_read_at)", "x.post_id", "post_audience_record", "x.person_id") + ", "
			+ "'acknowledgements', " + list("jsonb_build_object('postId', x.post_id, 'at', x.acknowledged_at)",
					"x.acknowledged_at", "acknowledgement_record", "x.person_id") + ", "
			+ "'notifications', " + list("jsonb_build_object('kind', x.kind, 'title', x.title, 'body', x.body, 'link', "
					+ "x.link, 'postId', x.post_id, 'createdAt', x.created_at, 'readAt', x.read_at)", "x.created_at",
					"notification_record", "x.recipient_id") + ", "
			+ "'deliveries', " + list("jsonb_build_object('channel', x.channel, 'postId', x.post_id, 'status', x.status, "
					+ "'attempts', x.attempts, 'createdAt', x.created_at, 'sentAt', x.sent_at)", "x.created_at",
					"delivery_record", "x.person_id") + ", "
			+ "'pushSubscriptions', " + list("jsonb_build_object('endpoint', x.endpoint, 'createdAt', x.created_at, "
					+ "'lastUsedAt', x.last_used_at)", "x.created_at", "web_push_subscription_record", "x.person_id") + ", "
			+ "'actions', " + list("jsonb_build_object('at', x.at, 'action', x.action)", "x.at, x.id", "audit_entry",
					"x.actor_id") + ", "
			+ "'note', '" + ANONYMOUS_NOTE + "'"
			+ ") as text) as extract";

	private static final String SCOPED = """
			select exists (select 1 from org_person where id = :person) as found,
			       (:whole or exists (select 1 from person_membership_record
			                          where person_id = :person and unit_id = any(:units))) as covered""";

	private final DatabaseClient database;

	private final Audit audit;

	PersonExtract(DatabaseClient database, Audit audit) {
		this.database = database;
		this.audit = audit;
	}

	/**
	 * The extract as JSON text.
	 * @return the extract; {@link RecordNotFound} when there is no such person inside the officer's scope
	 */
	Mono<String> of(Viewer viewer, UUID personId) {
		RoleScope scope = RecordsAccess.scope(viewer);
		return this.database.sql(SCOPED)
			.bind("person", personId)
			.bind("whole", scope.whole())
			.bind("units", scope.unitArray())
			.map((row) -> Boolean.TRUE.equals(row.get("found", Boolean.class))
					&& Boolean.TRUE.equals(row.get("covered", Boolean.class)))
			.one()
			.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.error(() -> RecordNotFound.person(personId)))
			.then(this.database.sql(SQL).bind("person", personId).map((row) -> row.get("extract", String.class)).one())
			.flatMap((extract) -> this.audit
				.record(viewer.personId(), "records.extracted", "person:" + personId, null, null)
				.thenReturn(extract));
	}
}
