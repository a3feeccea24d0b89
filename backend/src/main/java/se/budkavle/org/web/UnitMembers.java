package se.budkavle.org.web;

import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.platform.Cursor;

/**
 * Lists the active members of a unit, or of its whole subtree, a page at a time.
 */
@Component
class UnitMembers {

	/**
	 * One page of a subtree's members, by name then id, each person once however many of its units they belong to.
	 * It reads the {@code subtree_member} table (kept by the directory import) by its primary key from the last row of
	 * the previous page (keyset, no OFFSET), so every page costs the same whatever the size of the subtree. The first
	 * page passes {@code ''} and the nil UUID as the last row. The bench runs this very text with pgbench
	 * ({@code -M prepared}, whose {@code :name} variables match the parameters).
	 */
	static final String SQL = """
			select p.id, p.display_name, p.job_title, p.email
			from subtree_member s
			join person p on p.id = s.person_id
			where s.ancestor_id = :unitId
			  and (s.display_name, s.person_id) > (:afterName, :afterId)
			order by s.display_name, s.person_id
			limit :limit""";

	/** One page of the people who belong to the unit itself; a single unit is small, so it is read whole. */
	static final String DIRECT_SQL = """
			select p.id, p.display_name, p.job_title, p.email
			from membership m
			join person p on p.id = m.person_id
			where m.unit_id = :unitId and p.active
			  and (p.display_name, p.id) > (:afterName, :afterId)
			order by p.display_name, p.id
			limit :limit""";

	private static final UUID NIL = new UUID(0, 0);

	private static final String UNIT_EXISTS = "select exists (select 1 from unit where id = :id)";

	private final DatabaseClient database;

	UnitMembers(DatabaseClient database) {
		this.database = database;
	}

	Mono<MemberPage> page(UUID unitId, boolean includeSubunits, String after, int limit) {
		return Mono.defer(() -> page(unitId, includeSubunits,
				(after != null && !after.isBlank()) ? Cursor.parse(after, 2) : null, limit));
	}

	private Mono<MemberPage> page(UUID unitId, boolean includeSubunits, Cursor cursor, int limit) {
		return this.database.sql(includeSubunits ? SQL : DIRECT_SQL)
			.bind("unitId", unitId)
			.bind("afterName", (cursor != null) ? cursor.value(0) : "")
			.bind("afterId", (cursor != null) ? cursor.uuid(1) : NIL)
			.bind("limit", limit + 1)
			.map((row) -> new MemberPage.Member(row.get("id", UUID.class), row.get("display_name", String.class),
					row.get("job_title", String.class), row.get("email", String.class)))
			.all()
			.collectList()
			.flatMap((members) -> members.isEmpty() ? ifUnitExists(unitId) : Mono.just(page(members, limit)));
	}

	private static MemberPage page(List<MemberPage.Member> members, int limit) {
		if (members.size() <= limit) {
			return new MemberPage(members, null);
		}
		MemberPage.Member last = members.get(limit - 1);
		return new MemberPage(members.subList(0, limit),
				Cursor.of(last.displayName(), last.id().toString()).token());
	}

	private Mono<MemberPage> ifUnitExists(UUID unitId) {
		return this.database.sql(UNIT_EXISTS)
			.bind("id", unitId)
			.map((row) -> row.get(0, Boolean.class))
			.one()
			.flatMap((exists) -> exists ? Mono.just(new MemberPage(List.of(), null))
					: Mono.error(new UnitNotFound(unitId)));
	}
}
