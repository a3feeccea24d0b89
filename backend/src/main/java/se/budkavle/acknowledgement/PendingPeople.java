package se.budkavle.acknowledgement;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;
import se.budkavle.news.PostAccess;
import se.budkavle.news.Posts;
import se.budkavle.platform.Cursor;

/**
 * Lists who has not yet acknowledged a post, grouped by the unit they were counted in at publication, searchable by
 * name or unit and paged, so that a long list stays one screen and a manager can remind one unit or one person.
 */
@Component
class PendingPeople {

	private static final int DEFAULT_LIMIT = 50;

	private static final UUID NIL = new UUID(0, 0);

	private static final String PAGE = """
			select u.id as unit_id, u.name as unit_name, p.id as person_id, p.display_name
			from post_audience_fact pa
			join org_person p on p.id = pa.person_id
			join org_unit u on u.id = pa.unit_id
			where pa.post_id = :postId and %s
			  and (not :hasUnit or pa.unit_id in (select descendant_id from org_unit_subtree where ancestor_id = :unitId))
			  and not exists (select 1 from acknowledgement a where a.post_id = pa.post_id and a.person_id = pa.person_id)
			  and (:pattern = '' or p.display_name ilike :pattern or u.name ilike :pattern)
			  and (u.name, u.id, p.display_name, p.id) > (:afterUnit, :afterUnitId, :afterName, :afterId)
			order by u.name, u.id, p.display_name, p.id
			limit :limit""".formatted(Scope.AUDIENCE_FILTER);

	private final Posts posts;

	private final ProgressReport report;

	private final DatabaseClient database;

	PendingPeople(Posts posts, ProgressReport report, DatabaseClient database) {
		this.posts = posts;
		this.report = report;
		this.database = database;
	}

	/**
	 * One page of the pending people in the viewer's scope.
	 * @param postId the post
	 * @param viewer who asks (the same rights as the progress)
	 * @param unitId only this unit's subtree, or null
	 * @param query part of a name or a unit's name, or null
	 * @param after the previous page's {@code next}, or null
	 * @param limit the page size, 1–100 (default 50)
	 * @return the page
	 */
	Mono<PendingPage> page(UUID postId, Viewer viewer, UUID unitId, String query, String after, Integer limit) {
		return Mono.defer(() -> {
			int size = Cursor.limit(limit, DEFAULT_LIMIT);
			Cursor cursor = (after != null && !after.isBlank()) ? Cursor.parse(after, 4) : null;
			return this.posts.access(postId, viewer)
				.switchIfEmpty(Mono.error(() -> new PostNotFound(postId)))
				.filter(PostAccess::acknowledgementRequired)
				.switchIfEmpty(Mono.error(() -> new AcknowledgementNotRequested(postId)))
				.flatMap((access) -> this.report.scope(access, viewer, unitId))
				.flatMap((scope) -> rows(scope, unitId, query, cursor, size + 1))
				.map((rows) -> page(rows, size));
		});
	}

	private Mono<List<Row>> rows(Scope scope, UUID unitId, String query, Cursor cursor, int limit) {
		return scope.bind(this.database.sql(PAGE))
			.bind("postId", scope.postId())
			.bind("hasUnit", unitId != null)
			.bind("unitId", (unitId != null) ? unitId : NIL)
			.bind("pattern", pattern(query))
			.bind("afterUnit", (cursor != null) ? cursor.value(0) : "")
			.bind("afterUnitId", (cursor != null) ? cursor.uuid(1) : NIL)
			.bind("afterName", (cursor != null) ? cursor.value(2) : "")
			.bind("afterId", (cursor != null) ? cursor.uuid(3) : NIL)
			.bind("limit", limit)
			.map((row) -> new Row(row.get("unit_id", UUID.class), row.get("unit_name", String.class),
					row.get("person_id", UUID.class), row.get("display_name", String.class)))
			.all()
			.collectList();
	}

	/** A search for part of a name, its wildcards taken literally. */
	static String pattern(String query) {
		if (query == null || query.isBlank()) {
			return "";
		}
		return "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static PendingPage page(List<Row> rows, int size) {
		List<Row> shown = rows.subList(0, Math.min(size, rows.size()));
		List<PendingPage.Group> groups = new ArrayList<>();
		for (Row row : shown) {
			PendingPage.Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
			if (last == null || !last.unitId().equals(row.unitId())) {
				last = new PendingPage.Group(row.unitId(), row.unitName(), new ArrayList<>());
				groups.add(last);
			}
			last.people().add(new PendingPage.Person(row.personId(), row.displayName()));
		}
		Row end = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		String next = (rows.size() > size && end != null) ? Cursor
			.of(end.unitName(), end.unitId().toString(), end.displayName(), end.personId().toString())
			.token() : null;
		return new PendingPage(groups, next);
	}

	/** One pending person with the unit they were counted in. */
	record Row(UUID unitId, String unitName, UUID personId, String displayName) {
	}

	/**
	 * A page of pending people.
	 *
	 * @param groups the people by unit, units by name
	 * @param next the cursor of the next page, or null on the last
	 */
	record PendingPage(List<Group> groups, String next) {

		/** The pending people of one unit on this page. */
		record Group(UUID unitId, String unitName, List<Person> people) {
		}

		/** One pending person. */
		record Person(UUID personId, String displayName) {
		}
	}
}
