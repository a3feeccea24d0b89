package se.budkavle.comments;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;

/**
 * A comment as stored, with its author's and last moderator's names.
 */
record CommentRow(UUID id, UUID postId, UUID parentId, UUID authorId, String authorName, String authorTitle,
		String body, CommentState state, int version, Instant createdAt, Instant editedAt, Instant moderatedAt,
		UUID moderatedBy, String moderatorName, String moderationReason) {

	static final String SELECT = """
			select c.id, c.post_id, c.parent_id, c.author_id, a.display_name as author_name,
				a.job_title as author_title, c.body, c.state, c.version, c.created_at, c.edited_at, c.moderated_at,
				c.moderated_by, m.display_name as moderator_name, c.moderation_reason
			from comment c join org_person a on a.id = c.author_id left join org_person m on m.id = c.moderated_by
			""";

	static CommentRow of(Readable row) {
		return new CommentRow(row.get("id", UUID.class), row.get("post_id", UUID.class),
				row.get("parent_id", UUID.class), row.get("author_id", UUID.class),
				row.get("author_name", String.class), row.get("author_title", String.class),
				row.get("body", String.class), CommentState.valueOf(row.get("state", String.class)),
				row.get("version", Integer.class), row.get("created_at", Instant.class),
				row.get("edited_at", Instant.class), row.get("moderated_at", Instant.class),
				row.get("moderated_by", UUID.class), row.get("moderator_name", String.class),
				row.get("moderation_reason", String.class));
	}

	/** The thread's root: itself for a root, its parent for a reply. */
	UUID rootId() {
		return (this.parentId != null) ? this.parentId : this.id;
	}

	boolean visible() {
		return this.state == CommentState.VISIBLE;
	}

	boolean writtenBy(UUID personId) {
		return this.authorId.equals(personId);
	}
}
