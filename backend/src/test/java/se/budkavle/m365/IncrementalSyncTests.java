package se.budkavle.m365;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import se.budkavle.integration.graph.FakeGraph;
import se.budkavle.integration.graph.FakeUser;
import se.budkavle.org.OrgTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incremental sync applies only what its delta touches, and ends exactly where a full sync of the same users
 * ends.
 */
@M365Test
class IncrementalSyncTests {

	private static final List<String> DEPARTMENTS = List.of("Äldreomsorg", "Förskola", "Hemtjänst Syd",
			"Hemtjänst Norr", "Administration");

	// The organisation by external ids (the hub's own ids of new units and people are random).
	private static final List<String> DUMP = List.of("""
			select u.external_id || '|' || u.name || '|' || u.kind || '|' || coalesce(p.external_id, '') || '|'
			    || u.active from unit u left join unit p on p.id = u.parent_id order by 1""", """
			select external_id || '|' || display_name || '|' || coalesce(email, '') || '|' || coalesce(job_title, '')
			    || '|' || coalesce(phone, '') || '|' || active from person order by 1""", """
			select u.external_id || '|' || p.external_id || '|' || m.is_primary from membership m
			join unit u on u.id = m.unit_id join person p on p.id = m.person_id order by 1""", """
			select u.external_id || '|' || p.external_id || '|' || m.deputy from unit_manager m
			join unit u on u.id = m.unit_id join person p on p.id = m.person_id order by 1""", """
			select a.external_id || '|' || d.external_id || '|' || c.depth from unit_closure c
			join unit a on a.id = c.ancestor_id join unit d on d.id = c.descendant_id order by 1""", """
			select u.external_id || '|' || p.external_id || '|' || s.display_name from subtree_member s
			join unit u on u.id = s.ancestor_id join person p on p.id = s.person_id order by 1""");

	@Autowired
	DirectorySync sync;

	@Autowired
	FakeGraph graph;

	@Autowired
	DatabaseClient database;

	@org.junit.jupiter.api.AfterEach
	void smallPages() {
		this.graph.pageSize(3);
	}

	OrgTables tables;

	@BeforeEach
	void tenant() {
		EntraTenant.reset(this.graph, this.database);
		this.tables = new OrgTables(this.database);
	}

	@Test
	void aSequenceOfDeltasAppliedIncrementallyEndsRowForRowWhereAFullSyncOfTheSameUsersEnds() {
		Random random = new Random(16);
		List<String> ids = new ArrayList<>(List.of("u-karin", "u-anders", "u-maria", "u-ahmed", "u-sofia", "u-eva",
				"u-johan", "u-nora"));
		for (int i = 0; i < 30; i++) {
			String id = "u-gen-" + i;
			this.graph.put(FakeUser.of(id, "Person " + i, "Titel " + (i % 4), DEPARTMENTS.get(i % 5),
					ids.get(random.nextInt(ids.size()))));
			ids.add(id);
		}
		assertThat(this.sync.run("schedule", null).block().state()).isEqualTo("SUCCEEDED");
		for (int round = 0; round < 12; round++) {
			for (int change = 0; change < 5; change++) {
				change(random, ids);
			}
			SyncRun incremental = this.sync.run("schedule", null).block();
			assertThat(incremental.state()).as("round %d: %s", round, incremental.errors()).isEqualTo("SUCCEEDED");
			assertThat(incremental.fullSync()).isFalse();
			List<List<String>> afterDeltas = dump();

			expireDeltaLinks(ids);
			SyncRun full = this.sync.run("schedule", null).block();

			assertThat(full.fullSync()).isTrue();
			assertThat(full.changes()).as("round %d", round).allSatisfy((name, count) -> assertThat(count).isEqualTo(0));
			assertThat(dump()).as("round %d", round).isEqualTo(afterDeltas);
		}
	}

	@Test
	void anIncrementalSyncReadsOnlyTheStoredUsersAndPeopleItsDeltaTouches() {
		// 1,500 more users (30 units of 50 under the tenant's managers), so that reading everyone stands out from what
		// a delta needs.
		List<String> heads = List.of("u-maria", "u-eva", "u-anders");
		for (int i = 0; i < 30; i++) {
			this.graph.put(FakeUser.of("u-lead-" + i, "Chef " + i, "Enhetschef", "Enhet " + i, heads.get(i % 3)));
		}
		for (int i = 0; i < 1470; i++) {
			this.graph.put(FakeUser.of("u-many-" + i, "Person " + i, "Titel", DEPARTMENTS.get(i % 5),
					"u-lead-" + (i % 30)));
		}
		this.graph.pageSize(500);
		TableReads start = reads();
		assertThat(this.sync.run("schedule", null).block().state()).isEqualTo("SUCCEEDED");
		// The statistics arrive when a connection reports them (within a second or so of going idle): once the full
		// sync's writes to m365_user are counted, so is everything its transaction read.
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(this::reads, (now) -> now.userWrites() >= start.userWrites() + 1508);
		// Planner statistics as a hub has them after a while, so that lookups by id use the indexes.
		this.database.sql("analyze m365_user, person, unit, membership, unit_manager").then().block();
		TableReads before = reads();
		this.graph.put(this.graph.user("u-many-7").withTitle("Samordnare")).changeManager("u-many-8", "u-lead-0");

		SyncRun run = this.sync.run("schedule", null).block();

		assertThat(run.state()).isEqualTo("SUCCEEDED");
		assertThat(run.fullSync()).isFalse();
		assertThat(run.changes()).containsEntry("peopleUpdated", 1).containsEntry("peopleMoved", 1);
		// Its writes to m365_user (the two changed users) are reported with its reads.
		TableReads after = org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(this::reads, (now) -> now.userWrites() >= before.userWrites() + 2);
		// What the delta touches: the two users, their managers' 49 reports each, the chains up; reading everyone is
		// 1,508 rows of each.
		assertThat(after.userRows() - before.userRows()).as("rows of m365_user read").isLessThan(400);
		assertThat(after.personRows() - before.personRows()).as("rows of person read").isLessThan(400);
	}

	private TableReads reads() {
		return this.database.sql("""
				select
				    sum(coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)) filter (where relname = 'm365_user'),
				    sum(n_tup_ins + n_tup_upd + n_tup_del) filter (where relname = 'm365_user'),
				    sum(coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)) filter (where relname = 'person')
				from pg_stat_user_tables where relname in ('m365_user', 'person')""")
			.map((row) -> new TableReads(row.get(0, Long.class), row.get(1, Long.class), row.get(2, Long.class)))
			.one()
			.block();
	}

	/** Rows read from m365_user and person (by sequential and index scans) and rows written to m365_user. */
	private record TableReads(long userRows, long userWrites, long personRows) {
	}

	// The fake expires every position up to now, so the link the full sync ends with would be expired as well: an
	// unchanged user put again (no change to the organisation) moves the position past them.
	private void expireDeltaLinks(List<String> ids) {
		this.graph.expireDeltaLinks();
		ids.stream().map(this.graph::user).filter(java.util.Objects::nonNull).findFirst().ifPresent(this.graph::put);
	}

	private void change(Random random, List<String> ids) {
		String id = ids.get(random.nextInt(ids.size()));
		FakeUser user = this.graph.user(id);
		int kind = random.nextInt(8);
		if (user == null) {
			// Gone: back as a new user, under someone.
			this.graph.put(FakeUser.of(id, "Åter " + id, "Titel", DEPARTMENTS.get(random.nextInt(5)),
					ids.get(random.nextInt(ids.size()))));
			return;
		}
		switch (kind) {
			case 0, 1 -> this.graph.changeManager(id, (random.nextInt(6) == 0) ? null
					: ids.get(random.nextInt(ids.size())));
			case 2 -> this.graph.put(user.withTitle("Titel " + random.nextInt(6)));
			case 3 -> this.graph.put(user.withDepartment(DEPARTMENTS.get(random.nextInt(5))));
			case 4 -> this.graph.remove(id);
			case 5 -> this.graph.put(user.accountEnabled() ? user.disabled() : enabled(user));
			case 6 -> this.graph.put(withMail(user, mailOf(ids.get(random.nextInt(ids.size()))).toUpperCase()));
			default -> {
				String added = "u-new-" + ids.size();
				this.graph.put(FakeUser.of(added, "Ny " + ids.size(), "Titel", DEPARTMENTS.get(random.nextInt(5)),
						id));
				ids.add(added);
			}
		}
	}

	private String mailOf(String id) {
		FakeUser user = this.graph.user(id);
		return (user != null && user.mail() != null) ? user.mail() : id + "@demo.budkavle.se";
	}

	private List<List<String>> dump() {
		return DUMP.stream().map(this.tables::strings).toList();
	}

	private static FakeUser enabled(FakeUser user) {
		return new FakeUser(user.id(), user.displayName(), user.mail(), user.userPrincipalName(), user.jobTitle(),
				user.department(), user.officeLocation(), user.employeeId(), true, user.managerId(),
				user.mobilePhone(), user.businessPhones());
	}

	private static FakeUser withMail(FakeUser user, String mail) {
		return new FakeUser(user.id(), user.displayName(), mail, user.userPrincipalName(), user.jobTitle(),
				user.department(), user.officeLocation(), user.employeeId(), user.accountEnabled(), user.managerId(),
				user.mobilePhone(), user.businessPhones());
	}
}
