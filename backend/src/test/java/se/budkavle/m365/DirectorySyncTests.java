package se.budkavle.m365;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import se.budkavle.integration.graph.FakeGraph;
import se.budkavle.org.OrgTables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@M365Test
class DirectorySyncTests {

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
	void aFirstRunBuildsUnitsManagersAndMembershipsFromEntra() {
		SyncRun run = this.sync.run("schedule", null).block();

		assertThat(run.state()).isEqualTo("SUCCEEDED");
		assertThat(run.fullSync()).isTrue();
		assertThat(run.pagesFetched()).isEqualTo(3);
		assertThat(run.usersSeen()).isEqualTo(8);
		assertThat(run.changesApplied()).isEqualTo(run.changes().values().stream()
			.mapToInt((count) -> ((Number) count).intValue()).sum());
		assertThat(units()).containsExactlyInAnyOrder("Hägersten-Älvsjö|ORGANISATION|",
				"Äldreomsorg|ADMINISTRATION|Hägersten-Älvsjö", "Förskola|ADMINISTRATION|Hägersten-Älvsjö",
				"Hemtjänst Syd|DEPARTMENT|Äldreomsorg");
		assertThat(managers()).containsExactlyInAnyOrder("Hägersten-Älvsjö|Karin Lindqvist",
				"Äldreomsorg|Anders Berg", "Förskola|Eva Ström", "Hemtjänst Syd|Maria Holm");
		assertThat(members()).containsExactlyInAnyOrder("Hägersten-Älvsjö|Karin Lindqvist",
				"Hägersten-Älvsjö|Nora Lund", "Äldreomsorg|Anders Berg", "Hemtjänst Syd|Maria Holm",
				"Hemtjänst Syd|Ahmed Hassan", "Hemtjänst Syd|Sofia Nilsson", "Förskola|Eva Ström",
				"Förskola|Johan Ek");
		assertThat(this.tables.strings("select email from person where external_id = 'u-ahmed'"))
			.containsExactly("u-ahmed@demo.budkavle.se");
		assertThat(this.tables.count("select count(*) from m365_user")).isEqualTo(8);
		assertThat(this.tables.strings("select source from directory_import")).containsExactly("m365");
	}

	@Test
	void aFullSyncStoresEachPageWhileGraphStillServesTheNextAndTouchesTheOrganisationOnlyAfterTheLast() {
		// Eight users, three a page: the fake answers the third (last) page only when released.
		this.graph.holdLastPage();
		SyncRun started = this.sync.start("admin", null).block();
		try {
			org.awaitility.Awaitility.await()
				.atMost(java.time.Duration.ofSeconds(50))
				.until(() -> this.tables.count("select count(*) from m365_user_staged where run_id = '"
						+ started.runId() + "'"), (staged) -> staged == 6);
			assertThat(this.tables.strings("select state || '|' || pages_fetched from m365_sync_run"))
				.containsExactly("RUNNING|2");
			assertThat(this.tables.count("select count(*) from m365_user")).isZero();
			assertThat(this.tables.count("select count(*) from person where external_id like 'u-%'")).isZero();
		}
		finally {
			this.graph.releaseLastPage();
		}
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(50))
			.until(() -> this.tables.strings("select state from m365_sync_run where id = '" + started.runId() + "'"),
					(states) -> states.equals(List.of("SUCCEEDED")));
		assertThat(this.tables.count("select count(*) from m365_user")).isEqualTo(8);
		assertThat(this.tables.count("select count(*) from person where external_id like 'u-%' and active"))
			.isEqualTo(8);
		assertThat(this.tables.count("select count(*) from m365_user_staged")).isZero();
	}

	@Test
	void aRejectedFullSyncLeavesTheStoredUsersTheDeltaLinkAndNoStagedPages() {
		this.sync.run("schedule", null).block();
		String link = this.tables.strings("select delta_link from m365_sync_state").get(0);
		var users = this.tables.strings("select id || '|' || coalesce(job_title, '') from m365_user order by 1");
		this.graph.expireDeltaLinks();
		// Graph asks for a full resync, and every page it then serves is staged: an empty tenant, which is rejected.
		List.of("u-karin", "u-anders", "u-maria", "u-ahmed", "u-sofia", "u-eva", "u-johan", "u-nora")
			.forEach(this.graph::remove);

		SyncRun run = this.sync.run("schedule", null).block();

		assertThat(run.state()).isEqualTo("FAILED");
		assertThat(run.fullSync()).isTrue();
		assertThat(this.tables.strings("select delta_link from m365_sync_state")).containsExactly(link);
		assertThat(this.tables.strings("select id || '|' || coalesce(job_title, '') from m365_user order by 1"))
			.isEqualTo(users);
		assertThat(this.tables.count("select count(*) from m365_user_staged")).isZero();
	}

	@Test
	void phoneNumbersComeFromTheMobileElseTheFirstBusinessNumberInInternationalForm() {
		this.sync.run("schedule", null).block();
		assertThat(this.tables.strings("""
				select external_id || ':' || phone from person where external_id like 'u-%' and phone is not null
				order by 1""")).containsExactly("u-ahmed:+46701740606", "u-maria:+46701740605");
		this.graph.put(this.graph.user("u-ahmed").withPhones("0701740699"));

		SyncRun run = this.sync.run("schedule", null).block();

		assertThat(run.changes()).containsEntry("peopleUpdated", 1);
		assertThat(this.tables.strings("select phone from person where external_id = 'u-ahmed'"))
			.containsExactly("+46701740699");
	}

	@Test
	void aSecondRunAppliesExactlyTheDeltaOfMovesAndRemovals() {
		this.sync.run("schedule", null).block();
		var before = this.tables.snapshot();
		this.graph.changeManager("u-ahmed", "u-anders")
			.remove("u-nora")
			.put(this.graph.user("u-sofia").withDepartment("Hemtjänst Syd").withTitle("Samordnare"));
		this.graph.clearRequests();

		SyncRun run = this.sync.run("schedule", null).block();

		assertThat(this.graph.targets()).singleElement().asString().contains("$deltatoken=");
		assertThat(run.state()).isEqualTo("SUCCEEDED");
		assertThat(run.fullSync()).isFalse();
		assertThat(run.usersSeen()).isEqualTo(3);
		assertThat(run.changes()).containsEntry("peopleMoved", 1)
			.containsEntry("peopleUpdated", 1)
			.containsEntry("peopleDeactivated", 1)
			.containsEntry("membershipsAdded", 1)
			.containsEntry("membershipsRemoved", 1)
			.containsEntry("unitsAdded", 0)
			.containsEntry("unitsDeactivated", 0)
			.containsEntry("managersAdded", 0)
			.containsEntry("managersRemoved", 0);
		assertThat(members()).contains("Äldreomsorg|Ahmed Hassan").doesNotContain("Hemtjänst Syd|Ahmed Hassan");
		assertThat(this.tables.strings("select active::text from person where external_id = 'u-nora'"))
			.containsExactly("false");
		assertThat(this.tables.strings("select job_title from person where external_id = 'u-sofia'"))
			.containsExactly("Samordnare");
		assertThat(before).isNotEqualTo(this.tables.snapshot());
	}

	@Test
	void aManagerWhoLeavesTakesTheirUnitAwayAndTheirPeopleMoveToTheUnassignedUnit() {
		// In the manager hierarchy a unit is a manager with direct reports: without them there is no unit.
		this.sync.run("schedule", null).block();
		this.graph.remove("u-eva");
		SyncRun run = this.sync.run("schedule", null).block();
		assertThat(run.changes()).containsEntry("unitsDeactivated", 1).containsEntry("unitsAdded", 1);
		assertThat(members()).contains("Utan enhet|Johan Ek");
	}

	@Test
	void aThrottledRunCompletes() {
		this.graph.throttleNext(1);
		SyncRun run = this.sync.run("schedule", null).block();
		assertThat(run.state()).isEqualTo("SUCCEEDED");
		assertThat(this.graph.requests()).hasSize(4);
		assertThat(this.graph.requests().get(0).getHeaders().get("Retry-Attempt")).isNull();
		assertThat(this.graph.requests().get(1).getHeaders().get("Retry-Attempt")).isEqualTo("1");
	}

	@Test
	void goneOnTheStoredDeltaLinkStartsAFullSync() {
		this.sync.run("schedule", null).block();
		this.graph.expireDeltaLinks();
		this.graph.remove("u-johan");
		SyncRun run = this.sync.run("schedule", null).block();
		assertThat(run.state()).isEqualTo("SUCCEEDED");
		assertThat(run.fullSync()).isTrue();
		assertThat(run.usersSeen()).isEqualTo(7);
		assertThat(run.changes()).containsEntry("peopleDeactivated", 1);
	}

	@Test
	void aServerErrorFailsTheRunCleanlyKeepingTheOrganisationAndTheDeltaLink() {
		this.sync.run("schedule", null).block();
		String link = this.tables.strings("select delta_link from m365_sync_state").get(0);
		this.graph.remove("u-johan");
		var before = this.tables.snapshot();
		this.graph.failNext(500);

		SyncRun failed = this.sync.run("schedule", null).block();

		assertThat(failed.state()).isEqualTo("FAILED");
		assertThat(failed.finishedAt()).isNotNull();
		assertThat(failed.errors())
			.containsExactly("Microsoft Graph answered 500; nothing was applied. The hub's log has the details.");
		assertThat(this.tables.snapshot()).isEqualTo(before);
		assertThat(this.tables.strings("select delta_link from m365_sync_state")).containsExactly(link);
		SyncRun next = this.sync.run("schedule", null).block();
		assertThat(next.state()).isEqualTo("SUCCEEDED");
		assertThat(next.fullSync()).isFalse();
		assertThat(next.changes()).containsEntry("peopleDeactivated", 1);
	}

	@Test
	void anEmptyTenantIsRejectedAndChangesNothing() {
		this.sync.run("schedule", null).block();
		var before = this.tables.snapshot();
		this.graph.expireDeltaLinks();
		List.of("u-karin", "u-anders", "u-maria", "u-ahmed", "u-sofia", "u-eva", "u-johan", "u-nora")
			.forEach(this.graph::remove);
		SyncRun run = this.sync.run("schedule", null).block();
		assertThat(run.state()).isEqualTo("FAILED");
		assertThat(run.errors().get(0)).contains("rejected");
		assertThat(this.tables.snapshot()).isEqualTo(before);
	}

	@Test
	void onlyOneRunAtATime() {
		SyncRun running = this.sync.start("admin", null).block();
		assertThatExceptionOfType(SyncAlreadyRunning.class)
			.isThrownBy(() -> this.sync.run("schedule", null).block());
		org.awaitility.Awaitility.await()
			.until(() -> this.tables.strings("select state from m365_sync_run where id = '" + running.runId() + "'"),
					(states) -> states.equals(List.of("SUCCEEDED")));
		assertThat(this.sync.run("schedule", null).block().state()).isEqualTo("SUCCEEDED");
	}

	private List<String> units() {
		return this.tables.strings("""
				select u.name || '|' || u.kind || '|' || coalesce(p.name, '') from unit u
				left join unit p on p.id = u.parent_id where u.active""");
	}

	private List<String> managers() {
		return this.tables.strings("""
				select u.name || '|' || p.display_name from unit_manager m join unit u on u.id = m.unit_id
				join person p on p.id = m.person_id""");
	}

	private List<String> members() {
		return this.tables.strings("""
				select u.name || '|' || p.display_name from membership m join unit u on u.id = m.unit_id
				join person p on p.id = m.person_id where p.active""");
	}
}
