package se.budkavle.platform.database;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import se.budkavle.identity.DemoTokens;
import se.budkavle.org.Organisation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pool recovery: once PostgreSQL accepts connections again after a restart, no request fails, although every idle
 * pooled connection of a quiet hub died with the old server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@DirtiesContext
class DatabaseRestartTests {

	static final RestartableDatabase postgres = RestartableDatabase.started();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		postgres.register(registry);
	}

	@AfterAll
	static void removeDatabase() throws IOException {
		postgres.close();
	}

	@Autowired
	WebTestClient client;

	@Test
	void aQuietHubAnswersEveryRequestAfterTheDatabaseRestarts(@Autowired DatabaseClient database,
			@Autowired Organisation organisation, @Autowired DemoTokens tokens, @Autowired ConnectionFactory pool)
			throws IOException {
		String token = DatabaseOutageTests.signedIn(database, organisation, tokens);
		assertThat(statuses(token, 5)).containsOnly(200);
		// Several idle connections, all of which the restart kills: one retry per acquisition would not get past them.
		assertThat(((ConnectionPool) pool).getMetrics().orElseThrow().idleSize()).isGreaterThanOrEqualTo(3);
		postgres.stop();
		postgres.start();
		assertThat(statuses(token, 40)).containsOnly(200);
	}

	private List<Integer> statuses(String token, int count) {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			statuses.add(this.client.get()
				.uri("/api/v1/me")
				.headers((headers) -> headers.setBearerAuth(token))
				.exchange()
				.returnResult(Void.class)
				.getStatus()
				.value());
		}
		return statuses;
	}
}
