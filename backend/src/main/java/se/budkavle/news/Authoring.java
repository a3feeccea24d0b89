package se.budkavle.news;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Role;
import se.budkavle.identity.Viewer;

/**
 * Creates posts: checks the request, the units and the author's right to reach them, then stores the post, its
 * targets and its first revision, and publishes it at once unless it is scheduled — all or nothing.
 */
@Component
class Authoring {

	private static final String UNKNOWN_UNITS = """
			select t.id from unnest(:ids) as t(id)
			where not exists (select 1 from org_unit u where u.id = t.id and u.active)""";

	private static final String MANAGED_COUNT = """
			select count(*) from unnest(:ids) as t(id)
			where exists (select 1 from org_unit_subtree c join org_unit_manager um on um.unit_id = c.ancestor_id
			              where c.descendant_id = t.id and um.person_id = :personId)""";

	private static final String INSERT_POST = """
			insert into post (author_id, title, body_markdown, body_html, excerpt, priority, language, comments_enabled,
			                  ack_required, ack_deadline, status, publish_at, expires_at, created_at, updated_at)
			values (:author, :title, :body, :html, :excerpt, :priority, :language, :comments,
			        :ackRequired, :ackDeadline, 'SCHEDULED', :publishAt, :expiresAt, :now, :now)
			returning id""";

	private static final String INSERT_TARGETS = """
			insert into post_target (post_id, unit_id, include_subunits)
			select :postId, t.unit_id, t.include_subunits from unnest(:units, :subunits) as t(unit_id, include_subunits)""";

	static final String INSERT_REVISION = """
			insert into post_revision (post_id, version, title, body_markdown, edited_by, edited_at)
			select id, version, title, body_markdown, :editedBy, :editedAt from post where id = :postId""";

	private final DatabaseClient database;

	private final Markdown markdown;

	private final Publication publication;

	private final TransactionalOperator transaction;

	private final Clock clock;

	Authoring(DatabaseClient database, Markdown markdown, Publication publication,
			ReactiveTransactionManager transactionManager, Clock clock) {
		this.database = database;
		this.markdown = markdown;
		this.publication = publication;
		this.transaction = TransactionalOperator.create(transactionManager);
		this.clock = clock;
	}

	Mono<Created> create(Viewer viewer, PostRequest request) {
		return Mono.defer(() -> {
			Instant now = this.clock.instant();
			Instant publishAt = (request.publishAt() != null && request.publishAt().isAfter(now)) ? request.publishAt()
					: now;
			PostRules.check(request, publishAt, true);
			List<UUID> units = request.targets().stream().map(PostRequest.Target::unitId).toList();
			return knownUnits(units).then(mayReach(viewer, units))
				.then(insert(viewer, request, publishAt, now))
				.flatMap((id) -> targets(id, request.targets()).then(revision(id, viewer, now))
					.then(publishAt.isAfter(now) ? Mono.just(new Created(id, PostStatus.SCHEDULED, null))
							: this.publication.publish(id, now)
								.map((size) -> new Created(id, PostStatus.PUBLISHED, size))));
		}).as(this.transaction::transactional);
	}

	private Mono<Void> knownUnits(List<UUID> units) {
		return this.database.sql(UNKNOWN_UNITS)
			.bind("ids", units.toArray(UUID[]::new))
			.map((row) -> row.get(0, UUID.class))
			.all()
			.collectList()
			.flatMap((unknown) -> unknown.isEmpty() ? Mono.empty() : Mono.error(new UnknownUnits(unknown)));
	}

	/**
	 * Communicators and admins reach the units their role holds for (every unit when it holds for the whole
	 * organisation); managers and deputies the units they lead and those below.
	 */
	private Mono<Void> mayReach(Viewer viewer, List<UUID> units) {
		var scope = viewer.scope(Role.COMMUNICATOR, Role.ADMIN);
		List<UUID> rest = units.stream().distinct().filter((unit) -> !scope.covers(unit)).toList();
		if (rest.isEmpty()) {
			return Mono.empty();
		}
		return this.database.sql(MANAGED_COUNT)
			.bind("ids", rest.toArray(UUID[]::new))
			.bind("personId", viewer.personId())
			.map((row) -> row.get(0, Long.class))
			.one()
			.flatMap((managed) -> (managed == rest.size()) ? Mono.empty()
					: Mono.error(new NotAllowed(
							"You may post only to units your role covers or that you manage, and the units below them")));
	}

	private Mono<UUID> insert(Viewer viewer, PostRequest request, Instant publishAt, Instant now) {
		Markdown.Rendered rendered = this.markdown.render(request.body());
		var spec = PostColumns.bind(this.database.sql(INSERT_POST).bind("author", viewer.personId()), request,
				rendered, publishAt, now);
		return spec.map((row) -> row.get(0, UUID.class)).one();
	}

	private Mono<Void> targets(UUID postId, List<PostRequest.Target> targets) {
		return this.database.sql(INSERT_TARGETS)
			.bind("postId", postId)
			.bind("units", targets.stream().map(PostRequest.Target::unitId).toArray(UUID[]::new))
			.bind("subunits", targets.stream().map(PostRequest.Target::includeSubunits).toArray(Boolean[]::new))
			.then();
	}

	private Mono<Void> revision(UUID postId, Viewer viewer, Instant now) {
		return this.database.sql(INSERT_REVISION)
			.bind("postId", postId)
			.bind("editedBy", viewer.personId())
			.bind("editedAt", now)
			.then();
	}

	/** What the author learns when the post is stored. */
	record Created(UUID id, PostStatus status, Integer audienceSize) {

		int version() {
			return 1;
		}
	}
}
