package se.budkavle.news;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Reads a post as one viewer sees it: its content, targets, their own read and acknowledgement, and what they may do.
 */
@Component
class PostViews {

	private static final String POST = """
			select p.*, au.display_name as author_name, au.job_title as author_title, wb.display_name as withdrawn_by_name,
			       (p.reads_reduced_at is not null
			        or exists (select 1 from post_read r where r.post_id = p.id and r.person_id = :personId)) as read,
			       (select k.acknowledged_at from acknowledgement_record k
			        where k.post_id = p.id and k.person_id = :personId) as acknowledged_at
			from post p
			join org_person au on au.id = p.author_id
			left join org_person wb on wb.id = p.withdrawn_by
			where p.id = :postId""";

	private static final String TARGETS = """
			select t.unit_id, u.name, t.include_subunits from post_target t join org_unit u on u.id = t.unit_id
			where t.post_id = :postId order by u.name, u.id""";

	private final DatabaseClient database;

	private final AttachmentUrls attachments;

	PostViews(DatabaseClient database, AttachmentUrls attachments) {
		this.database = database;
		this.attachments = attachments;
	}

	Mono<PostView> view(PostAccess access, UUID viewerId) {
		Mono<List<PostView.Target>> targets = this.database.sql(TARGETS)
			.bind("postId", access.postId())
			.map((row) -> new PostView.Target(row.get("unit_id", UUID.class), row.get("name", String.class),
					Boolean.TRUE.equals(row.get("include_subunits", Boolean.class))))
			.all()
			.collectList();
		return targets.flatMap((list) -> this.database.sql(POST)
			.bind("postId", access.postId())
			.bind("personId", viewerId)
			.map((row) -> view(row, list, Permissions.of(access)))
			.one());
	}

	// Only a viewer who may read the post gets here (see PostAccess), so its images' links are signed for them.
	private PostView view(Readable row, List<PostView.Target> targets, Permissions permissions) {
		UUID id = row.get("id", UUID.class);
		return new PostView(id, row.get("version", Integer.class), row.get("title", String.class),
				permissions.edit() ? row.get("body_markdown", String.class) : null,
				this.attachments.signImages(row.get("body_html", String.class)),
				row.get("excerpt", String.class), row.get("priority", String.class), row.get("language", String.class),
				bool(row, "comments_enabled"), PostStatus.valueOf(row.get("status", String.class)),
				row.get("publish_at", Instant.class), row.get("published_at", Instant.class),
				row.get("expires_at", Instant.class),
				new FeedPage.Author(row.get("author_id", UUID.class), row.get("author_name", String.class),
						row.get("author_title", String.class)),
				targets, row.get("audience_size", Integer.class),
				new FeedPage.Acknowledgement(bool(row, "ack_required"), row.get("ack_deadline", Instant.class),
						row.get("acknowledged_at", Instant.class)),
				bool(row, "read"), row.get("comment_count", Integer.class), permissions, withdrawal(row));
	}

	private static PostView.Withdrawal withdrawal(Readable row) {
		Instant at = row.get("withdrawn_at", Instant.class);
		if (at == null) {
			return null;
		}
		return new PostView.Withdrawal(at, new PostView.Person(row.get("withdrawn_by", UUID.class),
				row.get("withdrawn_by_name", String.class)), row.get("withdrawal_reason", String.class));
	}

	private static boolean bool(Readable row, String column) {
		return Boolean.TRUE.equals(row.get(column, Boolean.class));
	}
}
