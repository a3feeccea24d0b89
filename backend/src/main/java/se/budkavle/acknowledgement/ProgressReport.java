package se.budkavle.acknowledgement;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Role;
import se.budkavle.identity.Viewer;
import se.budkavle.news.PostAccess;
import se.budkavle.news.Posts;
import se.budkavle.org.Organisation;

/**
 * Counts a post's acknowledgements by the unit each person was counted in at publication (post_audience), so that a
 * reorganisation after publication changes neither the counts nor the pending list.
 */
@Component
class ProgressReport {

	private static final String SCOPED = """
			with scoped as (
			    select pa.person_id, pa.unit_id, a.person_id is not null as acked
			    from post_audience_fact pa
			    left join acknowledgement a on a.post_id = pa.post_id and a.person_id = pa.person_id
			    where pa.post_id = :postId and %s
			      and (not :hasUnit or pa.unit_id in (select descendant_id from org_unit_subtree where ancestor_id = :unitId)))
			""".formatted(Scope.AUDIENCE_FILTER);

	private static final String TOTALS = SCOPED + """
			select count(*) as audience, count(*) filter (where acked) as acknowledged from scoped""";

	private static final String BY_UNIT = SCOPED + """
			, groups as (%s)
			select g.id, g.name, count(*) as audience, count(*) filter (where s.acked) as acknowledged
			from groups g
			join org_unit_subtree c on c.ancestor_id = g.id
			join scoped s on s.unit_id = c.descendant_id
			group by g.id, g.name
			order by g.name, g.id""";

	private static final String CHILDREN = "select id, name from org_unit where parent_id = :unitId";

	private static final String TARGETS = "select u.id, u.name from post_target_record t join org_unit u on u.id = t.unit_id where t.post_id = :postId";

	private static final String MANAGED = """
			select u.id, u.name from org_unit u
			where u.id in (select um.unit_id from org_unit_manager um where um.person_id = :viewerId)
			   or u.id = any(:scopeRoots)""";

	private static final String PENDING = SCOPED + """
			select p.id, p.display_name, u.name as unit_name
			from scoped s join org_person p on p.id = s.person_id join org_unit u on u.id = s.unit_id
			where not s.acked
			order by p.display_name, p.id
			limit :limit""";

	private static final String MANAGES_AUDIENCE = """
			select exists (select 1 from post_audience_fact pa where pa.post_id = :postId and %s)"""
		.formatted(Scope.AUDIENCE_FILTER);

	private static final UUID NIL = new UUID(0, 0);

	private final Posts posts;

	private final Organisation organisation;

	private final DatabaseClient database;

	private final AcknowledgementProperties properties;

	ProgressReport(Posts posts, Organisation organisation, DatabaseClient database,
			AcknowledgementProperties properties) {
		this.posts = posts;
		this.organisation = organisation;
		this.database = database;
		this.properties = properties;
	}

	Mono<Progress> progress(UUID postId, Viewer viewer, UUID unitId) {
		return this.posts.access(postId, viewer)
			.switchIfEmpty(Mono.error(() -> new PostNotFound(postId)))
			.filter(PostAccess::acknowledgementRequired)
			.switchIfEmpty(Mono.error(() -> new AcknowledgementNotRequested(postId)))
			.flatMap((access) -> scope(access, viewer, unitId).flatMap((scope) -> report(access, scope, unitId)));
	}

	/**
	 * The viewer's scope on a post: the whole audience for authors, and HR and admins whose role holds for all of it;
	 * the units they manage for managers of some of its audience, and the subtrees of HR scoped to part of it; nothing
	 * (403) for anyone else, or for someone asking about a unit outside their part.
	 */
	Mono<Scope> scope(PostAccess access, Viewer viewer, UUID unitId) {
		if (Scope.seesWholeAudience(access)) {
			return Mono.just(new Scope(access.postId(), viewer.personId(), true));
		}
		Scope restricted = Scope.restricted(access.postId(), viewer.personId(), viewer.scope(Role.HR));
		return managesAudience(restricted).flatMap((manages) -> (manages && unitId != null)
				? (viewer.hasRoleFor(Role.HR, unitId) ? Mono.just(true)
						: this.organisation.manages(viewer.personId(), unitId))
				: Mono.just(manages))
			.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.error(() -> new NotAllowed(
					"Only the author, the managers of its audience, HR and administrators follow this post's acknowledgements")))
			.thenReturn(restricted);
	}

	Mono<Boolean> managesAudience(Scope scope) {
		return scope.bind(this.database.sql(MANAGES_AUDIENCE))
			.bind("postId", scope.postId())
			.map((row) -> Boolean.TRUE.equals(row.get(0, Boolean.class)))
			.one();
	}

	private Mono<Progress> report(PostAccess access, Scope scope, UUID unitId) {
		String groups = (unitId != null) ? CHILDREN : scope.whole() ? TARGETS : MANAGED;
		var totals = bind(TOTALS, scope, unitId)
			.map((row) -> new long[] { count(row.get("audience")), count(row.get("acknowledged")) })
			.one();
		var byUnitSpec = bind(BY_UNIT.formatted(groups), scope, unitId);
		if (MANAGED.equals(groups)) {
			byUnitSpec = byUnitSpec.bind("scopeRoots", scope.roots().toArray(UUID[]::new));
		}
		var byUnit = byUnitSpec
			.map((row) -> new Progress.UnitProgress(row.get("id", UUID.class), row.get("name", String.class),
					count(row.get("audience")), count(row.get("acknowledged"))))
			.all()
			.collectList();
		int listed = Scope.seesPendingNames(access, scope, this.properties.adminsSeePending())
				? this.properties.pendingLimit() : 0;
		var pending = bind(PENDING, scope, unitId).bind("limit", listed)
			.map((row) -> new Progress.PendingPerson(row.get("id", UUID.class), row.get("display_name", String.class),
					row.get("unit_name", String.class)))
			.all()
			.collectList();
		return Mono.zip(totals, byUnit, pending)
			.map((all) -> new Progress(access.postId(), access.title(), access.acknowledgementDeadline(),
					all.getT1()[0], all.getT1()[1], all.getT2(), all.getT3(), all.getT1()[0] - all.getT1()[1]));
	}

	private DatabaseClient.GenericExecuteSpec bind(String sql, Scope scope, UUID unitId) {
		return scope.bind(this.database.sql(sql))
			.bind("postId", scope.postId())
			.bind("hasUnit", unitId != null)
			.bind("unitId", (unitId != null) ? unitId : NIL);
	}

	private static long count(Object value) {
		return ((Number) value).longValue();
	}
}
