package se.budkavle.m365;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

	// A union (not union all) stops at users already seen, so a cycle of managers ends the recursion.
	private static final String BELOW = """
			with recursive below (id) as (
			    select unnest(cast(:ids as text[]))
			    union
			    select u.id from m365_user u join below b on u.manager_id = b.id)
			select id from below""";

	private static final String CHAINS = """
			with recursive chain (id) as (
			    select unnest(cast(:ids as text[]))
			    union
			    select u.manager_id from m365_user u join chain c on u.id = c.id where u.manager_id is not null)
			select m.* from m365_user m join chain c on c.id = m.id""";

	private static final String LEADERS = """
			select distinct r.manager_id from m365_user r join m365_user m on m.id = r.manager_id
			where r.manager_id = any(cast(:ids as text[])) and r.id <> r.manager_id
			    and r.account_enabled is not false and m.account_enabled is not false""";

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

	/** The given users and everyone reporting to them, directly or not (by the stored manager ids, cycles or not). */
	Mono<Set<String>> below(Collection<String> ids) {
		return ids(BELOW, "ids", ids);
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

	/** The given users and everyone up their manager chains. */
	Mono<List<EntraUser>> chains(Collection<String> ids) {
		return this.database.sql(CHAINS)
			.bind("ids", ids.toArray(String[]::new))
			.map(EntraUserStore::user)
			.all()
			.collectList();
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
			.collect(Collectors.toSet());
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
