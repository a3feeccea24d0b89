package se.budkavle.integration.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GraphDirectorySourceTests {

	FakeGraph graph;

	GraphDirectorySource source;

	@BeforeEach
	void fakeGraphWithFiveUsers() {
		this.graph = new FakeGraph().start().pageSize(2);
		this.graph.put(FakeUser.of("u-karin", "Karin Lindqvist", "Stadsdelsdirektör", "Hägersten-Älvsjö", null))
			.put(FakeUser.of("u-anders", "Anders Berg", "Avdelningschef", "Äldreomsorg", "u-karin"))
			.put(FakeUser.of("u-maria", "Maria Holm", "Enhetschef", "Hemtjänst Syd", "u-anders"))
			.put(FakeUser.of("u-ahmed", "Ahmed Hassan", "Undersköterska", "Hemtjänst Syd", "u-maria"))
			.put(FakeUser.of("u-sofia", "Sofia Nilsson", "Undersköterska", "Hemtjänst Syd", "u-maria"));
		this.source = new GraphDirectorySource(this.graph.connection(), "department");
	}

	@AfterEach
	void stop() {
		this.graph.close();
	}

	@Test
	void aFullSyncPagesFromNextLinkToDeltaLinkWithTheSelectedPropertiesAndManagers() {
		List<FetchProgress> progress = new ArrayList<>();
		UserDelta delta = this.source.fetch(null, progress::add);
		assertThat(delta.full()).isTrue();
		assertThat(delta.pages()).isEqualTo(3);
		assertThat(progress).extracting(FetchProgress::pages).containsExactly(1, 2, 3);
		assertThat(progress).extracting(FetchProgress::users).containsExactly(2, 4, 5);
		assertThat(delta.deltaLink()).contains("/v1.0/users/delta()?$deltatoken=");
		assertThat(this.graph.targets().get(0)).startsWith("GET /v1.0/users/delta()?$select=")
			.contains("id,displayName,mail,userPrincipalName,jobTitle,department,officeLocation,employeeId,"
					+ "accountEnabled,manager");
		assertThat(this.graph.targets().get(1)).contains("$skiptoken=");
		Map<String, EntraUser> users = EntraUsers.merge(List.of(), delta);
		assertThat(users.get("u-ahmed")).isEqualTo(new EntraUser("u-ahmed", "Ahmed Hassan",
				"u-ahmed@demo.budkavle.se", "u-ahmed@demo.budkavle.se", "Undersköterska", "Hemtjänst Syd", null,
				null, true, "u-maria", "Hemtjänst Syd"));
		assertThat(users.get("u-karin").managerId()).isNull();
	}

	@Test
	void aStreamHandsOverEachPageWithItsOwnEntriesAndTheDeltaLinkOnlyOnTheLast() {
		List<DeltaPage> pages = new ArrayList<>();
		this.source.stream(null, pages::add);
		assertThat(pages).extracting((page) -> page.entries().changes().size()).containsExactly(2, 2, 1);
		assertThat(pages).extracting((page) -> page.entries().pages()).containsExactly(1, 2, 3);
		assertThat(pages).extracting(DeltaPage::last).containsExactly(false, false, true);
		assertThat(pages).allSatisfy((page) -> assertThat(page.entries().full()).isTrue());
		assertThat(pages.get(2).entries().deltaLink()).contains("$deltatoken=");
		assertThat(pages).extracting((page) -> page.progress().users()).containsExactly(2, 4, 5);
	}

	@Test
	void pagesJoinedKeepTheLastEntryOfAUserRemovedOnOnePageAndBackOnALaterOne() {
		EntraUser ahmed = new EntraUser("u-ahmed", "Ahmed Hassan", null, null, null, null, null, null, true, null, null);
		UserDelta first = new UserDelta(false, List.of(), java.util.Set.of("u-ahmed", "u-nora"), null, 1);
		UserDelta second = new UserDelta(false, List.of(new UserChange(ahmed, true, false)), java.util.Set.of(),
				"link", 2);
		UserDelta joined = first.then(second);
		assertThat(joined.removed()).containsExactly("u-nora");
		assertThat(joined.changes()).extracting((change) -> change.user().id()).containsExactly("u-ahmed");
		assertThat(joined.deltaLink()).isEqualTo("link");
		assertThat(joined.then(new UserDelta(true, List.of(), java.util.Set.of(), null, 1)).full())
			.as("a page numbered 1 starts over").isTrue();
	}

	@Test
	void thePhoneNumberIsTheMobileElseTheFirstBusinessNumber() {
		this.graph.put(FakeUser.of("u-maria", "Maria Holm", "Enhetschef", "Hemtjänst Syd", "u-anders")
			.withPhones("070-174 06 05", "08-508 000 00"))
			.put(FakeUser.of("u-ahmed", "Ahmed Hassan", "Undersköterska", "Hemtjänst Syd", "u-maria")
				.withPhones(null, "", "+46 70 174 06 06", "08-508 000 01"));
		Map<String, EntraUser> users = EntraUsers.merge(List.of(), this.source.fetch(null, (p) -> {
		}));
		assertThat(this.graph.targets().get(0)).contains("mobilePhone,businessPhones");
		assertThat(users.get("u-maria").phone()).isEqualTo("070-174 06 05");
		assertThat(users.get("u-ahmed").phone()).isEqualTo("+46 70 174 06 06");
		assertThat(users.get("u-sofia").phone()).isNull();
	}

	@Test
	void theStoredDeltaLinkBringsOnlyChangesRemovalsAndManagerMoves() {
		UserDelta first = this.source.fetch(null, (p) -> {
		});
		Map<String, EntraUser> known = EntraUsers.merge(List.of(), first);
		this.graph.put(this.graph.user("u-sofia").withDepartment("Hemtjänst Norr"))
			.changeManager("u-ahmed", "u-anders")
			.remove("u-maria");
		this.graph.clearRequests();

		UserDelta second = this.source.fetch(first.deltaLink(), (p) -> {
		});

		assertThat(this.graph.targets().get(0)).contains("$deltatoken=");
		assertThat(second.full()).isFalse();
		assertThat(second.removed()).containsExactly("u-maria");
		assertThat(second.changes()).extracting((change) -> change.user().id()).containsExactly("u-sofia", "u-ahmed");
		Map<String, EntraUser> now = EntraUsers.merge(known.values(), second);
		assertThat(now).doesNotContainKey("u-maria").hasSize(4);
		assertThat(now.get("u-sofia").department()).isEqualTo("Hemtjänst Norr");
		assertThat(now.get("u-sofia").managerId()).isEqualTo("u-maria");
		// A manager-only entry changes the manager and keeps every property.
		assertThat(now.get("u-ahmed").managerId()).isEqualTo("u-anders");
		assertThat(now.get("u-ahmed").displayName()).isEqualTo("Ahmed Hassan");
	}

	@Test
	void aRemovedManagerIsReportedAsNoManager() {
		UserDelta first = this.source.fetch(null, (p) -> {
		});
		this.graph.changeManager("u-sofia", null);
		UserDelta second = this.source.fetch(first.deltaLink(), (p) -> {
		});
		assertThat(EntraUsers.merge(EntraUsers.merge(List.of(), first).values(), second).get("u-sofia").managerId())
			.isNull();
	}

	@Test
	void goneOnADeltaLinkStartsAFullSync() {
		UserDelta first = this.source.fetch(null, (p) -> {
		});
		this.graph.expireDeltaLinks();
		List<FetchProgress> progress = new ArrayList<>();
		UserDelta again = this.source.fetch(first.deltaLink(), progress::add);
		assertThat(again.full()).isTrue();
		assertThat(again.changes()).hasSize(5);
		assertThat(progress).allMatch(FetchProgress::restarted);
		assertThat(this.graph.targets()).filteredOn((target) -> target.contains("$select=")).hasSize(2);
	}

	@Test
	void throttlingIsRetriedAfterTheTimeGraphAsksFor() {
		this.graph.throttleNext(1).unavailableNext(1);
		long started = System.nanoTime();
		UserDelta delta = this.source.fetch(null, (p) -> {
		});
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
		assertThat(delta.changes()).hasSize(5);
		assertThat(this.graph.requests().get(1).getHeaders().get("Retry-Attempt")).isEqualTo("1");
		assertThat(this.graph.requests().get(2).getHeaders().get("Retry-Attempt")).isEqualTo("2");
	}

	@Test
	void aServerErrorFailsTheFetch() {
		this.graph.failNext(500);
		assertThatExceptionOfType(GraphUnavailable.class).isThrownBy(() -> this.source.fetch(null, (p) -> {
		})).satisfies((ex) -> assertThat(ex.status()).isEqualTo(500));
	}

	@Test
	void anUnreachableGraphFailsTheFetch() {
		this.graph.close();
		assertThatExceptionOfType(GraphUnavailable.class).isThrownBy(() -> this.source.fetch(null, (p) -> {
		})).satisfies((ex) -> assertThat(ex.status()).isZero());
	}

	@Test
	void aPathInAnotherAttributeIsSelectedAndRead() {
		GraphDirectorySource byOffice = new GraphDirectorySource(this.graph.connection(), "extension_abc_orgPath");
		byOffice.fetch(null, (p) -> {
		});
		assertThat(this.graph.targets().get(0)).contains(",manager,mobilePhone,businessPhones,extension_abc_orgPath");
	}
}
