package se.budkavle.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

@DemoModeTest
class DemoCascadeTests {

	@Autowired
	DatabaseClient database;

	@Test
	void theDirectorsCascadeWaitsForTheAvdelningManagerAndThenReachesTheEnhetManager(@Autowired DemoCascade cascade) {
		assertThat(text("select c.sender_name || ' ' || c.level_deadline from cascade c")).isEqualTo("Karin Lindqvist 3");
		assertThat(text("select cu.manager_name from cascade_unit cu join unit u on u.id = cu.unit_id"
				+ " where u.external_id = 'hsf-aldre' and cu.reached_at is not null")).isEqualTo("Anders Berg");
		assertThat(text("select count(*)::text from cascade_unit cu join unit u on u.id = cu.unit_id"
				+ " where u.external_id = 'hsf-aldre-hemtjanst-syd' and cu.reached_at is null")).isEqualTo("1");
		StepVerifier.create(cascade.seedIfNone()).expectNext(0L).verifyComplete();
		assertThat(text("select count(*)::text from cascade")).isEqualTo("1");
	}

	private String text(String sql) {
		return this.database.sql(sql).mapValue(String.class).one().block();
	}
}
