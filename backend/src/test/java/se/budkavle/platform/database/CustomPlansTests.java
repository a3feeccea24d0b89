package se.budkavle.platform.database;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/** A statement run through {@link CustomPlans} gets a plan for its values, and only that statement. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class CustomPlansTests {

	@Autowired
	DatabaseClient database;

	@Autowired
	CustomPlans plans;

	@Test
	void theStatementIsPlannedForItsValuesWhileEveryOtherStatementKeepsPostgresqlsChoice() {
		assertThat(this.plans.run(this::planCacheMode).blockFirst()).isEqualTo("force_custom_plan");
		assertThat(Flux.range(0, 40).flatMap((i) -> planCacheMode()).distinct().collectList().block())
			.containsExactly("auto");
	}

	private Flux<String> planCacheMode() {
		return this.database.sql("select current_setting('plan_cache_mode')")
			.map((row) -> row.get(0, String.class))
			.all();
	}

}
