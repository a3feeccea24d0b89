package se.budkavle.comments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import se.budkavle.identity.Role;
import se.budkavle.identity.Viewer;
import se.budkavle.platform.Cursor;

/**
 * Comments with open reports on posts the viewer moderates, the longest-waiting first: everything for communicators
 * and admins of the whole organisation; posts whose every target lies in their scope for scoped ones; for others,
 * their own posts and posts targeting a unit they manage or one below it.
 */
@Component
class ModerationQueue {

	private static final String QUEUE = """
			with open_reports as (
				select r.comment_id, min(r.reported_at) as first_reported_at, count(*) as reports,
					array_agg(r.reason order by r.reported_at) as reasons
				from comment_report r where r.resolved_at is null group by r.comment_id)
			select c.id, c.post_id, p.title, c.state, c.body, c.created_at, a.id as author_id,
				a.display_name as author_name, o.first_reported_at, o.reports, o.reasons
			from open_reports o
			join comment c on c.id = o.comment_id
			join post_fact p on p.id = c.post_id
			join org_person a on a.id = c.author_id
			where c.state = 'VISIBLE' and (:everything
				or p.author_id = :me
				or (cardinality(:scoped) > 0 and not exists (select 1 from post_target_record t
					where t.post_id = p.id and not t.unit_id = any(:scoped)))
				or exists (select 1 from post_target_record t
					join org_unit_subtree uc on uc.descendant_id = t.unit_id
					join org_unit_manager um on um.unit_id = uc.ancestor_id
					where t.post_id = p.id and um.person_id = :me))
			and (o.first_reported_at, c.id) > (:afterAt, :afterId)
			order by o.first_reported_at, c.id
			limit :limit""";

	private final DatabaseClient database;

	ModerationQueue(DatabaseClient database) {
		this.database = database;
	}

	Mono<Page> page(Viewer viewer, String after, int limit) {
		Cursor cursor = (after != null) ? Cursor.parse(after, 2) : null;
		Instant afterAt = (cursor != null) ? cursor.instant(0) : Instant.EPOCH;
		UUID afterId = (cursor != null) ? cursor.uuid(1) : new UUID(0, 0);
		var scope = viewer.scope(Role.COMMUNICATOR, Role.ADMIN);
		return this.database.sql(QUEUE)
			.bind("everything", scope.whole())
			.bind("scoped", scope.unitArray())
			.bind("me", viewer.personId())
			.bind("afterAt", afterAt)
			.bind("afterId", afterId)
			.bind("limit", limit + 1)
			.map((row) -> new Item(row.get("id", UUID.class), row.get("post_id", UUID.class),
					row.get("title", String.class), CommentState.valueOf(row.get("state", String.class)),
					new CommentView.Author(row.get("author_id", UUID.class), row.get("author_name", String.class), null),
					row.get("body", String.class), CommentText.html(row.get("body", String.class)),
					row.get("created_at", Instant.class), row.get("first_reported_at", Instant.class),
					row.get("reports", Long.class), List.of(row.get("reasons", String[].class))))
			.all()
			.collectList()
			.map((items) -> {
				List<Item> page = items.subList(0, Math.min(limit, items.size()));
				String next = (items.size() > limit) ? Cursor
					.of(page.get(limit - 1).firstReportedAt().toString(), page.get(limit - 1).id().toString())
					.token() : null;
				return new Page(page, next);
			});
	}

	/** A reported comment awaiting a moderator, with its content (moderators may see it). */
	record Item(UUID id, UUID postId, String postTitle, CommentState state, CommentView.Author author, String body,
			String html, Instant createdAt, Instant firstReportedAt, long reports, List<String> reasons) {
	}

	/** A page of the queue. */
	record Page(List<Item> items, String next) {
	}
}
