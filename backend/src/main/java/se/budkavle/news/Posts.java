package se.budkavle.news;

import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;
import se.budkavle.identity.Viewer;

/** STUB until feat/news is merged. */
@Service
public class Posts {

	private final DatabaseClient database;

	Posts(DatabaseClient database) {
		this.database = database;
	}

	public Mono<PostAccess> access(UUID postId, Viewer viewer) {
		return this.database.sql("""
				select p.id, p.author_id, p.title, p.status, p.published_at, p.comments_enabled, p.ack_required,
				p.ack_deadline,
				exists (select 1 from post_audience a where a.post_id = p.id and a.person_id = :me) as in_audience,
				exists (select 1 from post_target t join unit_closure c on c.descendant_id = t.unit_id
					join unit_manager m on m.unit_id = c.ancestor_id where t.post_id = p.id and m.person_id = :me) as manages
				from post p where p.id = :id""")
			.bind("id", postId)
			.bind("me", viewer.personId())
			.map((row) -> new PostAccess(postId, row.get("author_id", UUID.class), row.get("title", String.class),
					PostStatus.valueOf(row.get("status", String.class)), row.get("published_at", Instant.class),
					row.get("comments_enabled", Boolean.class), row.get("ack_required", Boolean.class),
					row.get("ack_deadline", Instant.class), row.get("in_audience", Boolean.class),
					viewer.personId().equals(row.get("author_id", UUID.class)), row.get("manages", Boolean.class),
					viewer.roles()))
			.one()
			.filter(PostAccess::canRead);
	}

	public Mono<Void> commentCountChanged(UUID postId, int delta) {
		return Mono.empty();
	}
}
