package se.budkavle.news;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;

/**
 * The news module's answer to other modules: who may see a post, and the comment count they keep up to date.
 */
@Service
public class Posts {

	static final String ACCESS = """
			select p.id, p.author_id, p.title, p.status, p.published_at, p.expires_at, p.comments_enabled,
			       p.ack_required, p.ack_deadline,
			       exists (select 1 from post_audience a where a.post_id = p.id and a.person_id = :personId) as in_audience,
			       exists (select 1 from post_target t
			               join unit_closure c on c.descendant_id = t.unit_id
			               join unit_manager um on um.unit_id = c.ancestor_id
			               where t.post_id = p.id and um.person_id = :personId) as manages_target
			from post p where p.id = :postId""";

	private final DatabaseClient database;

	private final Clock clock;

	Posts(DatabaseClient database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	/**
	 * What the viewer may do with a post.
	 * @param postId the post
	 * @param viewer who asks
	 * @return the access, or empty when there is no such post or the viewer may not read it (answer 404)
	 */
	public Mono<PostAccess> access(UUID postId, Viewer viewer) {
		return accessAnyway(postId, viewer).filter(PostAccess::canRead);
	}

	/**
	 * Moves the post's comment count; called by the comments module inside its own transaction.
	 * @param postId the post
	 * @param delta how many comments were added (negative: hidden or withdrawn)
	 * @return completes when written
	 */
	public Mono<Void> commentCountChanged(UUID postId, int delta) {
		return this.database.sql("update post set comment_count = greatest(comment_count + :delta, 0) where id = :id")
			.bind("delta", delta)
			.bind("id", postId)
			.fetch()
			.rowsUpdated()
			.then();
	}

	/** The access whether or not the viewer may read the post, so callers can tell 403 from 404. */
	Mono<PostAccess> accessAnyway(UUID postId, Viewer viewer) {
		Instant now = this.clock.instant();
		return this.database.sql(ACCESS)
			.bind("postId", postId)
			.bind("personId", viewer.personId())
			.map((row) -> access(row, viewer, now))
			.one();
	}

	private static PostAccess access(Readable row, Viewer viewer, Instant now) {
		UUID authorId = row.get("author_id", UUID.class);
		Instant expiresAt = row.get("expires_at", Instant.class);
		return new PostAccess(row.get("id", UUID.class), authorId, row.get("title", String.class),
				PostStatus.valueOf(row.get("status", String.class)), row.get("published_at", Instant.class),
				bool(row, "comments_enabled"), bool(row, "ack_required"), row.get("ack_deadline", Instant.class),
				bool(row, "in_audience"), authorId.equals(viewer.personId()), bool(row, "manages_target"),
				viewer.roles(), expiresAt != null && !expiresAt.isAfter(now));
	}

	private static boolean bool(Readable row, String column) {
		return Boolean.TRUE.equals(row.get(column, Boolean.class));
	}
}
