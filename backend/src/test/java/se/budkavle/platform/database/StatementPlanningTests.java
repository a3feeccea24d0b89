package se.budkavle.platform.database;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub's connections plan each statement for the values it runs with, so optional filters never run through a
 * generic plan that keeps every branch (the disclosure search's 9.8× in bench/README.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class StatementPlanningTests {

	@Autowired
	DatabaseClient database;

	@Test
	void everyConnectionOfThePoolPlansEachStatementForItsOwnValues() {
		String mode = this.database.sql("select current_setting('plan_cache_mode')")
			.map((row) -> row.get(0, String.class))
			.one()
			.block();
		assertThat(mode).isEqualTo("force_custom_plan");
	}

}
