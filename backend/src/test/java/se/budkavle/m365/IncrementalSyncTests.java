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
