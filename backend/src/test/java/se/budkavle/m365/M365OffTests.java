package se.budkavle.m365;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.integration.graph.GraphConnection;
import se.budkavle.integration.graph.GraphDirectorySource;
import se.budkavle.integration.graph.GraphMessages;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.Organisation;
import se.budkavle.org.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.application.name=budkavle-m365-off-tests")
@AutoConfigureWebTestClient
class M365OffTests {

	private static final String SYNCS = "/api/v1/admin/directory/syncs";

	@Autowired
	WebTestClient client;

	String admin;

	@BeforeEach
	void organisation(@Autowired DirectoryImports imports, @Autowired DemoTokens tokens,
			@Autowired Organisation organisation) {
		imports.applyFile(TestDirectory.demo().toString(), "seed", null).block();
		this.admin = tokens.issue(organisation.personByExternalId("demo-admin").block(), Set.of(Role.ADMIN))
			.accessToken();
	}

	@Test
	void switchedOffNothingThatCallsGraphExists(@Autowired ApplicationContext context) {
		assertThat(context.getBeanNamesForType(GraphConnection.class)).isEmpty();
		assertThat(context.getBeanNamesForType(GraphDirectorySource.class)).isEmpty();
		assertThat(context.getBeanNamesForType(GraphMessages.class)).isEmpty();
		assertThat(context.getBeanNamesForType(DirectorySync.class)).isEmpty();
		assertThat(context.getBeanNamesForType(SyncSchedule.class)).isEmpty();
	}

	@Test
	void switchedOffStartingASyncIsAConflictAndReadingRunsFindsNone() {
		this.client.post()
			.uri(SYNCS)
			.headers((headers) -> headers.setBearerAuth(this.admin))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:m365-not-configured")
			.jsonPath("$.title").isEqualTo("Microsoft 365 is not configured");
		this.client.get()
			.uri(SYNCS)
			.headers((headers) -> headers.setBearerAuth(this.admin))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:m365-not-configured");
	}

	@Test
	void switchedOffTheRestOfTheHubWorks() {
		this.client.mutate()
			.responseTimeout(java.time.Duration.ofSeconds(30))
			.build()
			.get()
			.uri("/api/v1/me")
			.headers((headers) -> headers.setBearerAuth(this.admin))
			.exchange()
			.expectStatus()
			.isOk();
	}
}
