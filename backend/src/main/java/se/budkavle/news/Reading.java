package se.budkavle.news;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;

/**
 * Opens posts for their readers (keeping the first read of each person in the audience) and their revisions for
 * those who follow the record.
 */
@Component
class Reading {

	private static final String FIRST_READ = """
			insert into post_read (post_id, person_id, first_read_at)
			select id, :personId, :now from post where id = :postId and reads_reduced_at is null
			on conflict do nothing""";

	private static final String REVISIONS = """
			select r.version, r.title, r.body_markdown, r.edited_by, p.display_name, r.edited_at
			from post_revision r join org_person p on p.id = r.edited_by
			where r.post_id = :postId order by r.version desc""";

	private final Posts posts;

	private final PostViews views;

	private final DatabaseClient database;

	private final Clock clock;

	Reading(Posts posts, PostViews views, DatabaseClient database, Clock clock) {
		this.posts = posts;
		this.views = views;
		this.database = database;
		this.clock = clock;
	}

	/** The post for a viewer who may read it, else {@link PostNotFound}. */
	Mono<PostAccess> readable(UUID postId, Viewer viewer) {
		return this.posts.access(postId, viewer).switchIfEmpty(Mono.error(() -> new PostNotFound(postId)));
	}

	Mono<PostView> read(UUID postId, Viewer viewer) {
		return readable(postId, viewer).flatMap((access) -> firstRead(access, viewer)
			.then(this.views.view(access, viewer.personId())));
	}

	/** Every version of the post, newest first, for the author, communicators, HR and admins. */
	Mono<List<Revision>> revisions(UUID postId, Viewer viewer) {
		return readable(postId, viewer).flatMap((access) -> Permissions.of(access).viewRevisions()
				? revisions(postId) : Mono.error(new NotAllowed("Only the author, communicators, HR and admins see revisions")));
	}

	private Mono<List<Revision>> revisions(UUID postId) {
		return this.database.sql(REVISIONS)
			.bind("postId", postId)
			.map((row) -> new Revision(row.get("version", Integer.class), row.get("title", String.class),
					row.get("body_markdown", String.class),
					new PostView.Person(row.get("edited_by", UUID.class), row.get("display_name", String.class)),
					row.get("edited_at", java.time.Instant.class)))
			.all()
			.collectList();
	}

	private Mono<Void> firstRead(PostAccess access, Viewer viewer) {
		if (!access.inAudience() || access.status() != PostStatus.PUBLISHED) {
			return Mono.empty();
		}
		return this.database.sql(FIRST_READ)
			.bind("postId", access.postId())
			.bind("personId", viewer.personId())
			.bind("now", this.clock.instant())
			.then();
	}
}
