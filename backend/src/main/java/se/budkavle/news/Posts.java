package se.budkavle.news;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.identity.Role;
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
			               join org_unit_subtree c on c.descendant_id = t.unit_id
			               join org_unit_manager um on um.unit_id = c.ancestor_id
			               where t.post_id = p.id and um.person_id = :personId) as manages_target,
			       array(select t.unit_id from post_target t where t.post_id = p.id) as targets,
			       array(select distinct c.descendant_id from post_target t
			             join org_unit_subtree c on c.ancestor_id = t.unit_id and (t.include_subunits or c.depth = 0)
			             where t.post_id = p.id and c.descendant_id = any(:scopeUnits)) as touched
			from post p where p.id = :postId""";

	private final DatabaseClient database;

	private final Clock clock;

	private final Authoring authoring;

	Posts(DatabaseClient database, Clock clock, Authoring authoring) {
		this.database = database;
		this.clock = clock;
		this.authoring = authoring;
	}

	/**
	 * Publishes a post now, with the same checks and rights as {@code POST /api/v1/posts}.
	 * @param author who posts, with their roles
	 * @param post the post
	 * @return the new post's id
	 */
	public Mono<UUID> publish(Viewer author, NewPost post) {
		return this.authoring.create(author, post.request()).map(Authoring.Created::id);
	}

	/**
	 * Whether someone has written any post, withdrawn ones included.
	 * @param authorId the person
	 * @return true when they have
	 */
	public Mono<Boolean> hasPostsBy(UUID authorId) {
		return this.database.sql("select exists (select 1 from post where author_id = :authorId)")
			.bind("authorId", authorId)
			.map((row) -> row.get(0, Boolean.class))
			.one();
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
	 * The units a post was addressed to, for modules that link posts to units (a cascade's local post).
	 * @param postId the post
	 * @return the targeted units (without their subunits); empty for an unknown post
	 */
	public Flux<UUID> targets(UUID postId) {
		return this.database.sql("select unit_id from post_target where post_id = :postId")
			.bind("postId", postId)
			.mapValue(UUID.class)
			.all();
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
			.bind("scopeUnits", viewer.scope(Role.values()).unitArray())
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
				wholeRoles(viewer, units(row, "targets")), partRoles(viewer, units(row, "touched")),
				expiresAt != null && !expiresAt.isAfter(now));
	}

	/** Roles held for the whole organisation or for subtrees covering every targeted unit. */
	private static Set<Role> wholeRoles(Viewer viewer, List<UUID> targets) {
		return Arrays.stream(Role.values())
			.filter((role) -> viewer.hasRole(role) || viewer.hasRoleForAll(role, targets))
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Roles held for some of the units the post reaches (but not all of them). */
	private static Set<Role> partRoles(Viewer viewer, List<UUID> touched) {
		return Arrays.stream(Role.values())
			.filter((role) -> touched.stream().anyMatch((unit) -> viewer.hasRoleFor(role, unit)))
			.collect(Collectors.toUnmodifiableSet());
	}

	private static List<UUID> units(Readable row, String column) {
		UUID[] units = row.get(column, UUID[].class);
		return (units != null) ? List.of(units) : List.of();
	}

	private static boolean bool(Readable row, String column) {
		return Boolean.TRUE.equals(row.get(column, Boolean.class));
	}
}
