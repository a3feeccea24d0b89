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

	// One index lookup per row asked about: a user with a thousand reports still costs one row.
	private static final String LEADERS = """
			select m.id from m365_user m
			where m.id = any(cast(:ids as text[])) and m.account_enabled is not false and exists (
			    select 1 from m365_user r
			    where r.manager_id = m.id and r.id <> m.id and r.account_enabled is not false)""";

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

	Mono<Integer> count() {
		return this.database.sql("select count(*) from m365_user").map((row) -> row.get(0, Long.class)).one()
			.map(Long::intValue);
	}

	Mono<List<EntraUser>> users() {
		return this.database.sql("select * from m365_user").map(EntraUserStore::user).all().collectList();
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
	 * Keeps the users after a delta and the link to continue from; call in the transaction that applied them.
	 */
	Mono<Void> save(UserDelta delta, Map<String, EntraUser> users) {
		Mono<Void> clear = delta.full() ? this.database.sql("delete from m365_user").then()
				: this.database.sql("delete from m365_user where id = any(cast(:ids as text[]))")
					.bind("ids", delta.removed().toArray(String[]::new))
					.then();
		Collection<EntraUser> written = delta.full() ? users.values()
				: delta.changes().stream().map(UserChange::user).map((user) -> users.get(user.id()))
					.filter(java.util.Objects::nonNull).distinct().toList();
		return clear.thenMany(Flux.fromIterable(chunks(new ArrayList<>(written))).concatMap(this::upsert))
			.then(this.database.sql("""
					insert into m365_sync_state (delta_link, updated_at) values (:link, :now)
					on conflict (id) do update set delta_link = excluded.delta_link, updated_at = excluded.updated_at""")
				.bind("link", delta.deltaLink())
				.bind("now", OffsetDateTime.now(this.clock))
				.then());
	}

	private Mono<Void> upsert(List<EntraUser> users) {
		return this.database.sql(UPSERT)
			.bind("id", column(users, EntraUser::id))
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
			.bind("phone", column(users, EntraUser::phone))
			.then();
	}

	private static String[] column(List<EntraUser> users, Function<EntraUser, String> value) {
		return users.stream().map(value).toArray(String[]::new);
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
