package se.budkavle.m365;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.integration.graph.EntraUser;
import se.budkavle.integration.graph.UserChange;
import se.budkavle.integration.graph.UserDelta;

/**
 * The users last read from Entra ID and the delta link to continue from: what an incremental delta is merged into.
 */
@Component
class EntraUserStore {

	private static final int CHUNK = 1000;

	private static final String UPSERT = """
			insert into m365_user (id, display_name, mail, user_principal_name, job_title, department, office_location,
				employee_id, account_enabled, manager_id, path, phone)
			select * from unnest(cast(:id as text[]), cast(:displayName as text[]), cast(:mail as text[]),
				cast(:upn as text[]), cast(:jobTitle as text[]), cast(:department as text[]),
				cast(:officeLocation as text[]), cast(:employeeId as text[]), cast(:accountEnabled as boolean[]),
				cast(:managerId as text[]), cast(:path as text[]), cast(:phone as text[]))
			on conflict (id) do update set display_name = excluded.display_name, mail = excluded.mail,
				user_principal_name = excluded.user_principal_name, job_title = excluded.job_title,
				department = excluded.department, office_location = excluded.office_location,
				employee_id = excluded.employee_id, account_enabled = excluded.account_enabled,
				manager_id = excluded.manager_id, path = excluded.path, phone = excluded.phone""";

	// A page's entries merged into what earlier pages of the run staged, as EntraUsers.merge does: the properties when
	// the entry carries them, the manager when it carries manager@delta.
	private static final String STAGE = """
			insert into m365_user_staged as s (run_id, id, display_name, mail, user_principal_name, job_title, department,
				office_location, employee_id, account_enabled, manager_id, path, phone, has_properties, has_manager)
			select cast(:run as uuid), t.* from unnest(cast(:id as text[]), cast(:displayName as text[]),
				cast(:mail as text[]), cast(:upn as text[]), cast(:jobTitle as text[]), cast(:department as text[]),
				cast(:officeLocation as text[]), cast(:employeeId as text[]), cast(:accountEnabled as boolean[]),
				cast(:managerId as text[]), cast(:path as text[]), cast(:phone as text[]),
				cast(:hasProperties as boolean[]), cast(:hasManager as boolean[])) as t
			on conflict (run_id, id) do update set
				display_name = case when excluded.has_properties then excluded.display_name else s.display_name end,
				mail = case when excluded.has_properties then excluded.mail else s.mail end,
				user_principal_name = case when excluded.has_properties then excluded.user_principal_name
					else s.user_principal_name end,
				job_title = case when excluded.has_properties then excluded.job_title else s.job_title end,
				department = case when excluded.has_properties then excluded.department else s.department end,
				office_location = case when excluded.has_properties then excluded.office_location
					else s.office_location end,
				employee_id = case when excluded.has_properties then excluded.employee_id else s.employee_id end,
				account_enabled = case when excluded.has_properties then excluded.account_enabled
					else s.account_enabled end,
				path = case when excluded.has_properties then excluded.path else s.path end,
				phone = case when excluded.has_properties then excluded.phone else s.phone end,
				manager_id = case when excluded.has_manager then excluded.manager_id else s.manager_id end""";

	private static final String COLUMNS = """
			id, display_name, mail, user_principal_name, job_title, department, office_location, employee_id,
			account_enabled, manager_id, path, phone""";

	// The reports of each user asked about, by index. Neither an exists nor a lateral "limit 1": looking for the first
	// report, the planner may choose to scan m365_user until one turns up, which for a user without reports is every
	// row (in a 50,000-user tenant, 50,000 rows for each such user a delta touches).
	private static final String LEADERS = """
			select m.id from m365_user m
			where m.id = any(cast(:ids as text[])) and m.account_enabled is not false and (
			    select count(*) from m365_user r
			    where r.manager_id = m.id and r.id <> m.id and r.account_enabled is not false) > 0""";

	private final DatabaseClient database;

	private final Clock clock;

	EntraUserStore(DatabaseClient database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	Mono<String> deltaLink() {
		return this.database.sql("select delta_link from m365_sync_state")
			.map((row) -> row.get(0, String.class))
			.one();
	}

	/** How many users the last sync left, kept with the delta link (never counted: that reads every row). */
	Mono<Integer> count() {
		return this.database.sql("select users from m365_sync_state where users is not null")
			.map((row) -> row.get(0, Integer.class))
			.one();
	}

	/**
	 * Forgets every staged page: of an earlier run that did not end (one run at a time), or of this one. A truncate,
	 * not a delete: after a full sync it would otherwise delete 50,000 rows one by one inside the timed run.
	 */
	Mono<Void> clearStaged() {
		return this.database.sql("truncate m365_user_staged").then();
	}

	/**
	 * Stages a page of a full sync's users for the run, on top of what its earlier pages staged; one statement per
	 * repeat of a user within the page (each at most once a statement), then the removals.
	 */
	Mono<Void> stage(UUID run, UserDelta page) {
		Mono<Void> removals = page.removed().isEmpty() ? Mono.empty()
				: this.database.sql("delete from m365_user_staged where run_id = :run and id = any(cast(:ids as text[]))")
					.bind("run", run)
					.bind("ids", page.removed().toArray(String[]::new))
					.then();
		return Flux.fromIterable(rounds(page.changes())).concatMap((round) -> stage(run, round)).then(removals);
	}

	private Mono<Void> stage(UUID run, List<UserChange> changes) {
		List<EntraUser> users = changes.stream().map(UserChange::user).toList();
		return bindColumns(this.database.sql(STAGE).bind("run", run), users)
			.bind("hasProperties", changes.stream().map(UserChange::propertiesChanged).toArray(Boolean[]::new))
			.bind("hasManager", changes.stream().map(UserChange::managerChanged).toArray(Boolean[]::new))
			.then();
	}

	/** The users a full sync staged, read in one pass. */
	Mono<List<EntraUser>> staged(UUID run) {
		return this.database.sql("select " + COLUMNS + " from m365_user_staged where run_id = :run")
			.bind("run", run)
			.map(EntraUserStore::user)
			.all()
			.collectList();
	}

	/**
	 * Replaces the stored users with those the run staged and keeps the link to continue from, in SQL; call in the
	 * transaction that applied them.
	 */
	Mono<Void> replace(UUID run, String deltaLink) {
		return this.database.sql("delete from m365_user")
			.then()
			.then(this.database.sql("insert into m365_user (" + COLUMNS + ") select " + COLUMNS
					+ " from m365_user_staged where run_id = :run")
				.bind("run", run)
				.fetch()
				.rowsUpdated())
			.flatMap((users) -> this.database.sql("""
					insert into m365_sync_state (delta_link, updated_at, users) values (:link, :now, :users)
					on conflict (id) do update set delta_link = excluded.delta_link, updated_at = excluded.updated_at,
						users = excluded.users""")
				.bind("link", deltaLink)
				.bind("now", OffsetDateTime.now(this.clock))
				.bind("users", users.intValue())
				.then());
	}

	/** The stored users with the given ids. */
	Mono<List<EntraUser>> users(Collection<String> ids) {
		return this.database.sql("select * from m365_user where id = any(cast(:ids as text[]))")
			.bind("ids", ids.toArray(String[]::new))
			.map(EntraUserStore::user)
			.all()
			.collectList();
	}

	/**
	 * The given users and everyone reporting to them, directly or not (by the stored manager ids, cycles or not): one
	 * index lookup per level of the tree.
	 */
	Mono<Set<String>> below(Collection<String> ids) {
		return below(new HashSet<>(ids), Set.copyOf(ids));
	}

	private Mono<Set<String>> below(Set<String> found, Set<String> level) {
		if (level.isEmpty()) {
			return Mono.just(found);
		}
		return reports(level).flatMap((reports) -> {
			reports.removeAll(found);
			found.addAll(reports);
			return below(found, reports);
		});
	}

	/** The direct reports of the given users. */
	Mono<Set<String>> reports(Collection<String> ids) {
		return ids("select id from m365_user where manager_id = any(cast(:ids as text[]))", "ids", ids);
	}

	/** The users holding one of the addresses (lower case). */
	Mono<Set<String>> holders(Collection<String> mails) {
		return ids("select id from m365_user where lower(mail) = any(cast(:mails as text[]))", "mails", mails);
	}

	/** The users holding one of the addresses (lower case), whole. */
	Mono<List<EntraUser>> rivals(Collection<String> mails) {
		return this.database.sql("select * from m365_user where lower(mail) = any(cast(:mails as text[]))")
			.bind("mails", mails.toArray(String[]::new))
			.map(EntraUserStore::user)
			.all()
			.collectList();
	}

	/** The given users and everyone up their manager chains: one lookup by id per level. */
	Mono<List<EntraUser>> chains(Collection<String> ids) {
		return chains(new HashMap<>(), Set.copyOf(ids)).map((found) -> new ArrayList<>(found.values()));
	}

	private Mono<Map<String, EntraUser>> chains(Map<String, EntraUser> found, Set<String> level) {
		if (level.isEmpty()) {
			return Mono.just(found);
		}
		return users(level).flatMap((users) -> {
			users.forEach((user) -> found.put(user.id(), user));
			Set<String> next = users.stream().map(EntraUser::managerId).filter(Objects::nonNull)
				.filter((id) -> !found.containsKey(id)).collect(Collectors.toSet());
			return chains(found, next);
		});
	}

	/** Which of the given users are enabled managers of another enabled user. */
	Mono<Set<String>> leaders(Collection<String> ids) {
		return ids(LEADERS, "ids", ids);
	}

	private Mono<Set<String>> ids(String sql, String name, Collection<String> values) {
		return this.database.sql(sql)
			.bind(name, values.toArray(String[]::new))
			.map((row) -> row.get(0, String.class))
			.all()
			.collect(Collectors.<String, Set<String>>toCollection(HashSet::new));
	}

	/**
	 * Keeps the users after an incremental delta and the link to continue from; call in the transaction that applied
	 * them.
	 * @param users the changed users as they are now, by id (the removed ones absent)
	 * @param growth how many more users there are than before the delta
	 */
	Mono<Void> save(UserDelta delta, Map<String, EntraUser> users, int growth) {
		Mono<Void> clear = this.database.sql("delete from m365_user where id = any(cast(:ids as text[]))")
			.bind("ids", delta.removed().toArray(String[]::new))
			.then();
		Collection<EntraUser> written = delta.changes().stream().map(UserChange::user)
			.map((user) -> users.get(user.id())).filter(java.util.Objects::nonNull).distinct().toList();
		return clear.thenMany(Flux.fromIterable(chunks(new ArrayList<>(written))).concatMap(this::upsert))
			.then(this.database.sql("""
					insert into m365_sync_state (delta_link, updated_at) values (:link, :now)
					on conflict (id) do update set delta_link = excluded.delta_link, updated_at = excluded.updated_at,
						users = m365_sync_state.users + :growth""")
				.bind("link", delta.deltaLink())
				.bind("now", OffsetDateTime.now(this.clock))
				.bind("growth", growth)
				.then());
	}

	private Mono<Void> upsert(List<EntraUser> users) {
		return bindColumns(this.database.sql(UPSERT), users).then();
	}

	private static DatabaseClient.GenericExecuteSpec bindColumns(DatabaseClient.GenericExecuteSpec spec,
			List<EntraUser> users) {
		return spec.bind("id", column(users, EntraUser::id))
			.bind("displayName", column(users, EntraUser::displayName))
			.bind("mail", column(users, EntraUser::mail))
			.bind("upn", column(users, EntraUser::userPrincipalName))
			.bind("jobTitle", column(users, EntraUser::jobTitle))
			.bind("department", column(users, EntraUser::department))
			.bind("officeLocation", column(users, EntraUser::officeLocation))
			.bind("employeeId", column(users, EntraUser::employeeId))
			.bind("accountEnabled", users.stream().map(EntraUser::accountEnabled).toArray(Boolean[]::new))
			.bind("managerId", column(users, EntraUser::managerId))
			.bind("path", column(users, EntraUser::path))
			.bind("phone", column(users, EntraUser::phone));
	}

	private static String[] column(List<EntraUser> users, Function<EntraUser, String> value) {
		return users.stream().map(value).toArray(String[]::new);
	}

	/** The changes in statements that name each user at most once, in page order: a user's second entry goes next. */
	private static List<List<UserChange>> rounds(List<UserChange> changes) {
		List<List<UserChange>> rounds = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (UserChange change : changes) {
			int round = seen.merge(change.user().id(), 1, Integer::sum) - 1;
			if (round == rounds.size()) {
				rounds.add(new ArrayList<>());
			}
			rounds.get(round).add(change);
		}
		return rounds;
	}

	private static List<List<EntraUser>> chunks(List<EntraUser> users) {
		List<List<EntraUser>> chunks = new ArrayList<>();
		for (int i = 0; i < users.size(); i += CHUNK) {
			chunks.add(users.subList(i, Math.min(users.size(), i + CHUNK)));
		}
		return chunks;
	}

	private static EntraUser user(Readable row) {
		return new EntraUser(row.get("id", String.class), row.get("display_name", String.class),
				row.get("mail", String.class), row.get("user_principal_name", String.class),
				row.get("job_title", String.class), row.get("department", String.class),
				row.get("office_location", String.class), row.get("employee_id", String.class),
				row.get("account_enabled", Boolean.class), row.get("manager_id", String.class),
				row.get("path", String.class), row.get("phone", String.class));
	}
}
