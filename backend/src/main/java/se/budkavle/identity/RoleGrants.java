package se.budkavle.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The role table that administrators edit: an administrator of the whole organisation gives and withdraws any role
 * anywhere; an administrator of a subtree only roles scoped to units inside it.
 */
@Service
public class RoleGrants {

	private static final String VIEW = """
			select g.id, g.person_id, p.display_name, g.role, g.unit_id, u.name as unit_name, g.granted_at, g.granted_by
			from role_grant g join org_person p on p.id = g.person_id left join org_unit u on u.id = g.unit_id
			where g.revoked_at is null
			""";

	private static final String PAGE = VIEW + """
			  and (:whole or g.unit_id = any(:units))
			  and (g.granted_at, g.id) > (:afterAt, :afterId)
			order by g.granted_at, g.id
			limit :limit""";

	private static final String ONE = VIEW + """
			  and g.person_id = :personId and g.role = :role and g.unit_id is not distinct from :unitId""";

	private static final String TARGETS = """
			select exists (select 1 from org_person where id = :personId and active) as person,
			       (cast(:unitId as uuid) is null or exists (select 1 from org_unit where id = :unitId)) as unit""";

	private static final String INSERT = """
			insert into role_grant (person_id, role, unit_id, granted_by, granted_at)
			values (:personId, :role, :unitId, :by, :now)
			on conflict do nothing
			returning id""";

	private static final String REVOKE = """
			update role_grant set revoked_at = :now, revoked_by = :by
			where person_id = :personId and role = :role and unit_id is not distinct from :unitId and revoked_at is null""";

	// Through the function records publishes for the modules below it (records' Java API would make a cycle).
	private static final String AUDIT = """
			select audit_append(:by, :action, 'person:' || cast(:personId as text) || ' role:' || lower(:role)
			    || coalesce('@' || cast(:unitId as text), ''), :unitId, null)""";

	private static final String PEOPLE = """
			select id, display_name, job_title from org_person
			where active and (display_name ilike :pattern or email ilike :pattern)
			order by display_name, id limit :limit""";

	private static final String UNITS = """
			select u.id, u.name, p.name as parent_name from org_unit u left join org_unit p on p.id = u.parent_id
			where u.active and (:whole or u.id = any(:units)) and u.name ilike :pattern
			order by u.name, u.id limit :limit""";

	private final DatabaseClient database;

	private final Clock clock;

	private final RoleScopes scopes;

	private final TransactionalOperator transaction;

	private final StaleViewers staleViewers;

	RoleGrants(DatabaseClient database, Clock clock, RoleScopes scopes, ReactiveTransactionManager transactions,
			StaleViewers staleViewers) {
		this.database = database;
		this.staleViewers = staleViewers;
		this.clock = clock;
		this.scopes = scopes;
		this.transaction = TransactionalOperator.create(transactions);
	}

	/**
	 * One page of the standing grants the administrator may see: all for an administrator of the whole organisation,
	 * those scoped inside their subtrees for others.
	 * @param admin who asks
	 * @param afterAt the previous page's last grant time, or the epoch
	 * @param afterId the previous page's last grant id, or the nil id
	 * @param limit how many (one more is fetched by callers that page)
	 * @return the grants, oldest first
	 */
	public Flux<Paged> page(Viewer admin, Instant afterAt, UUID afterId, int limit) {
		RoleScope scope = administered(admin);
		return this.database.sql(PAGE)
			.bind("whole", scope.whole())
			.bind("units", scope.unitArray())
			.bind("afterAt", afterAt)
			.bind("afterId", afterId)
			.bind("limit", limit)
			.map((row) -> new Paged(row.get("id", UUID.class), grant(row)))
			.all();
	}

	/**
	 * Gives a role; giving one that stands already changes nothing.
	 * @return the grant and whether it is new
	 */
	public Mono<Given> give(Viewer admin, UUID personId, Role role, UUID unitId) {
		return Mono.defer(() -> {
			requireAdministers(admin, unitId);
			return targetsExist(personId, unitId).then(insert(admin, personId, role, unitId))
				.flatMap((created) -> (created
						? audit(admin, "role.given", personId, role, unitId).then(this.staleViewers.announce())
						: Mono.<Void>empty())
					.then(one(personId, role, unitId))
					.map((grant) -> new Given(grant, created)))
				.as(this.transaction::transactional);
		});
	}

	/**
	 * Withdraws a standing grant, keeping the row with who withdrew it and when.
	 * @return completes when withdrawn; {@link RoleGrantNotFound} when no such grant stands
	 */
	public Mono<Void> withdraw(Viewer admin, UUID personId, Role role, UUID unitId) {
		return Mono.defer(() -> {
			requireAdministers(admin, unitId);
			var spec = this.database.sql(REVOKE)
				.bind("now", this.clock.instant())
				.bind("by", admin.personId());
			return bindGrant(spec, personId, role, unitId).fetch()
				.rowsUpdated()
				.flatMap((rows) -> (rows > 0)
						? audit(admin, "role.withdrawn", personId, role, unitId).then(this.staleViewers.announce())
						: Mono.error(RoleGrantNotFound.grant()))
				.as(this.transaction::transactional);
		});
	}

	/**
	 * Whether any role was ever given in the table (withdrawn ones included), so seeding happens once.
	 * @return true when the table has rows
	 */
	public Mono<Boolean> anyEverGiven() {
		return this.database.sql("select exists (select 1 from role_grant)").mapValue(Boolean.class).one();
	}

	/**
	 * Gives a role in the hub's own name, without an administrator: for seeding the demo organisation only.
	 * @return completes when given (or when it stood already)
	 */
	public Mono<Void> giveAsTheHub(UUID personId, Role role, UUID unitId) {
		var spec = this.database.sql(INSERT)
			.bindNull("by", UUID.class)
			.bind("now", this.clock.instant());
		return bindGrant(spec, personId, role, unitId).fetch()
			.rowsUpdated()
			.flatMap((rows) -> (rows > 0) ? this.staleViewers.announce() : Mono.empty());
	}

	/**
	 * The person as a viewer with the given whole-organisation roles and the roles the table gives them, for work the
	 * hub does in someone's name outside a request (demo seeding).
	 * @return the viewer
	 */
	public Mono<Viewer> viewer(UUID personId, String displayName, String email, Set<Role> wholeRoles) {
		return this.scopes.of(personId, wholeRoles, List.of())
			.map((scopes) -> new Viewer(personId, displayName, email, scopes));
	}

	/**
	 * Where the viewer holds each of their roles, whole-organisation roles first, then by unit name.
	 * @return the roles, with the names of the units that scope them
	 */
	public Flux<HeldRole> held(Viewer viewer) {
		List<HeldRole> whole = viewer.roles()
			.stream()
			.sorted()
			.map((role) -> new HeldRole(role.realmRole(), null, null))
			.toList();
		Flux<HeldRole> scoped = Flux.fromIterable(viewer.scopes().entrySet())
			.filter((entry) -> !entry.getValue().whole())
			.concatMap((entry) -> this.database.sql("select id, name from org_unit where id = any(:ids) order by name, id")
				.bind("ids", entry.getValue().roots().toArray(UUID[]::new))
				.map((row) -> new HeldRole(entry.getKey().realmRole(), row.get("id", UUID.class),
						row.get("name", String.class)))
				.all());
		return Flux.fromIterable(whole).concatWith(scoped.sort(Comparator.comparing(HeldRole::role)));
	}

	/** Where the viewer administers roles: their admin scope, or nothing (403) when they are no administrator. */
	public RoleScope administered(Viewer admin) {
		RoleScope scope = admin.scope(Role.ADMIN);
		if (!scope.held()) {
			throw new RoleGrantForbidden("Only administrators see and give roles.");
		}
		return scope;
	}

	/**
	 * Active people whose name or e-mail address contains the text, for an administrator choosing whom to give a role.
	 */
	public Flux<Choice> people(Viewer admin, String text, int limit) {
		administered(admin);
		return this.database.sql(PEOPLE)
			.bind("pattern", pattern(text))
			.bind("limit", limit)
			.map((row) -> new Choice(row.get("id", UUID.class), row.get("display_name", String.class),
					row.get("job_title", String.class)))
			.all();
	}

	/** Units inside the administrator's scope whose name contains the text, each with its parent's name. */
	public Flux<Choice> units(Viewer admin, String text, int limit) {
		RoleScope scope = administered(admin);
		return this.database.sql(UNITS)
			.bind("whole", scope.whole())
			.bind("units", scope.unitArray())
			.bind("pattern", pattern(text))
			.bind("limit", limit)
			.map((row) -> new Choice(row.get("id", UUID.class), row.get("name", String.class),
					row.get("parent_name", String.class)))
			.all();
	}

	/** A search for part of a name, its wildcards taken literally; blank matches everything. */
	private static String pattern(String text) {
		String plain = (text != null) ? text.strip() : "";
		return "%" + plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static void requireAdministers(Viewer admin, UUID unitId) {
		boolean may = (unitId == null) ? admin.hasRole(Role.ADMIN) : admin.hasRoleFor(Role.ADMIN, unitId);
		if (!may) {
			throw new RoleGrantForbidden((unitId == null)
					? "Only administrators of the whole organisation give roles for the whole organisation."
					: "You administer roles only for the units inside your own scope.");
		}
	}

	private Mono<Void> targetsExist(UUID personId, UUID unitId) {
		return bind(this.database.sql(TARGETS).bind("personId", personId), "unitId", unitId)
			.map((row) -> new boolean[] { Boolean.TRUE.equals(row.get("person", Boolean.class)),
					Boolean.TRUE.equals(row.get("unit", Boolean.class)) })
			.one()
			.flatMap((found) -> !found[0]
					? Mono.error(RoleGrantNotFound.person(personId))
					: !found[1] ? Mono.error(RoleGrantNotFound.unit(unitId))
							: Mono.empty());
	}

	private Mono<Void> audit(Viewer admin, String action, UUID personId, Role role, UUID unitId) {
		var spec = this.database.sql(AUDIT).bind("by", admin.personId()).bind("action", action);
		return bindGrant(spec, personId, role, unitId).then();
	}

	private Mono<Boolean> insert(Viewer admin, UUID personId, Role role, UUID unitId) {
		var spec = this.database.sql(INSERT).bind("by", admin.personId()).bind("now", this.clock.instant());
		return bindGrant(spec, personId, role, unitId).map((row) -> row.get(0, UUID.class)).all().hasElements();
	}

	private Mono<RoleGrant> one(UUID personId, Role role, UUID unitId) {
		return bindGrant(this.database.sql(ONE), personId, role, unitId).map(RoleGrants::grant).one();
	}

	private static DatabaseClient.GenericExecuteSpec bindGrant(DatabaseClient.GenericExecuteSpec spec, UUID personId,
			Role role, UUID unitId) {
		var bound = spec.bind("personId", personId).bind("role", role.name());
		return bind(bound, "unitId", unitId);
	}

	private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, String name,
			UUID value) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, UUID.class);
	}

	private static RoleGrant grant(Readable row) {
		return new RoleGrant(row.get("person_id", UUID.class), row.get("display_name", String.class),
				Role.valueOf(row.get("role", String.class)).realmRole(), row.get("unit_id", UUID.class),
				row.get("unit_name", String.class), row.get("granted_at", Instant.class),
				row.get("granted_by", UUID.class));
	}

	/**
	 * A person or unit to choose.
	 *
	 * @param id its id
	 * @param name its name
	 * @param detail a person's job title or a unit's parent, or {@code null}
	 */
	public record Choice(UUID id, String name, String detail) {
	}

	/** A grant with its id, for paging. */
	public record Paged(UUID id, RoleGrant grant) {
	}

	/** A grant as given, and whether it is new. */
	public record Given(RoleGrant grant, boolean created) {
	}
}
