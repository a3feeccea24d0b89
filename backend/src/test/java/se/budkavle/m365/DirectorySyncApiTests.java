package se.budkavle.m365;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.integration.graph.FakeGraph;
import se.budkavle.org.Organisation;

import static org.assertj.core.api.Assertions.assertThat;

@M365Test
class DirectorySyncApiTests {

	private static final String SYNCS = "/api/v1/admin/directory/syncs";

	@Autowired
	WebTestClient client;

	@Autowired
	DirectorySync sync;

	@Autowired
	FakeGraph graph;

	@Autowired
	DatabaseClient database;

	@Autowired
	DemoTokens tokens;

	@Autowired
	Organisation organisation;

	@Autowired
	java.time.Clock clock;

	@BeforeEach
	void tenantSyncedOnce() {
		EntraTenant.reset(this.graph, this.database);
		this.sync.run("schedule", null).block();
	}

	@Test
	void anAdminStartsASyncAndFollowsItsProgressToTheEnd() {
		this.graph.remove("u-johan").throttleNext(1);
		// Runs are listed newest first: this one starts a minute after the one of @BeforeEach.
		((se.budkavle.platform.jobs.MutableClock) this.clock).advance(Duration.ofMinutes(1));
		UUID runId = this.client.post()
			.uri(SYNCS)
			.headers((headers) -> headers.setBearerAuth(token("u-nora", Role.ADMIN)))
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectHeader()
			.value("Location", (location) -> assertThat(location).startsWith(SYNCS + "/"))
			.expectBody(RunId.class)
			.returnResult()
			.getResponseBody()
			.runId();

		List<ServerSentEvent<SyncRun>> events = this.client.get()
			.uri(SYNCS + "/{id}/events", runId)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.headers((headers) -> headers.setBearerAuth(token("u-nora", Role.ADMIN)))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<SyncRun>>() {
			})
			.getResponseBody()
			.collectList()
			.block(Duration.ofSeconds(30));

		assertThat(events).allMatch((event) -> "progress".equals(event.event()));
		// Under load the run may be over before the stream opens: then its one event is the final state.
		assertThat(events.subList(0, events.size() - 1)).allMatch((event) -> event.data().state().equals("RUNNING"));
		SyncRun last = events.get(events.size() - 1).data();
		assertThat(last.state()).isEqualTo("SUCCEEDED");
		assertThat(last.pagesFetched()).isEqualTo(1);
		assertThat(last.usersSeen()).isEqualTo(1);
		assertThat(last.changes()).containsEntry("peopleDeactivated", 1);
		assertThat(last.trigger()).isEqualTo("admin");

		this.client.get()
			.uri(SYNCS + "/{id}", runId)
			.headers((headers) -> headers.setBearerAuth(token("u-nora", Role.ADMIN)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state").isEqualTo("SUCCEEDED")
			.jsonPath("$.pagesFetched").isEqualTo(1)
			.jsonPath("$.usersSeen").isEqualTo(1)
			.jsonPath("$.changesApplied").isEqualTo(last.changesApplied())
			.jsonPath("$.expectedUsers").isEqualTo(8)
			.jsonPath("$.errors").isEmpty();
		this.client.get()
			.uri(SYNCS)
			.headers((headers) -> headers.setBearerAuth(token("u-nora", Role.ADMIN)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()").isEqualTo(2)
			.jsonPath("$.items[0].runId").isEqualTo(runId.toString())
			.jsonPath("$.items[1].trigger").isEqualTo("schedule");
	}

	@Test
	void theEventsOfAFinishedRunAreItsFinalState() {
		String runId = this.database.sql("select id::text from m365_sync_run").map((row) -> row.get(0, String.class))
			.one()
			.block();
		List<ServerSentEvent<SyncRun>> events = this.client.get()
			.uri(SYNCS + "/{id}/events", runId)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.headers((headers) -> headers.setBearerAuth(token("u-nora", Role.ADMIN)))
			.exchange()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<SyncRun>>() {
			})
			.getResponseBody()
			.collectList()
			.block(Duration.ofSeconds(10));
		assertThat(events).singleElement().satisfies((event) -> assertThat(event.data().state()).isEqualTo("SUCCEEDED"));
	}

	@Test
	void aSecondStartWhileOneIsRunningIsAConflict() {
		this.database.sql("""
				insert into m365_sync_run (id, trigger, state, started_at)
				values (gen_random_uuid(), 'schedule', 'RUNNING', :now)""")
			.bind("now", java.time.OffsetDateTime.now(this.clock))
			.then()
			.block();
		this.client.post()
			.uri(SYNCS)
			.headers((headers) -> headers.setBearerAuth(token("u-nora", Role.ADMIN)))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:sync-already-running");
	}

	@Test
	void anUnknownRunIsNotFound() {
		this.client.get()
			.uri(SYNCS + "/{id}", UUID.randomUUID())
			.headers((headers) -> headers.setBearerAuth(token("u-nora", Role.ADMIN)))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:sync-run-not-found");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "COMMUNICATOR", "HR" })
	void communicatorsAndHrMayNeitherStartNorReadSyncs(Role role) {
		forbidden(token("u-ahmed", role));
	}

	@Test
	void anEmployeeMayNeitherStartNorReadSyncs() {
		forbidden(this.tokens.issue(this.organisation.personByExternalId("u-ahmed").block(), Set.of())
			.accessToken());
	}

	@Test
	void withoutATokenTheSyncRoutesAnswerUnauthorised() {
		for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.GET)) {
			this.client.method(method).uri(SYNCS).exchange().expectStatus().isUnauthorized();
		}
		this.client.get().uri(SYNCS + "/{id}/events", UUID.randomUUID()).exchange().expectStatus().isUnauthorized();
	}

	private void forbidden(String token) {
		int before = runs();
		this.client.post().uri(SYNCS).headers((h) -> h.setBearerAuth(token)).exchange().expectStatus().isForbidden();
		this.client.get().uri(SYNCS).headers((h) -> h.setBearerAuth(token)).exchange().expectStatus().isForbidden();
		this.client.get()
			.uri(SYNCS + "/{id}/events", UUID.randomUUID())
			.headers((h) -> h.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(runs()).isEqualTo(before);
	}

	private int runs() {
		return this.database.sql("select count(*) from m365_sync_run").map((row) -> row.get(0, Long.class))
			.one()
			.block()
			.intValue();
	}

	private String token(String externalId, Role role) {
		return this.tokens.issue(this.organisation.personByExternalId(externalId).block(), Set.of(role))
			.accessToken();
	}

	record RunId(UUID runId) {
	}
}
