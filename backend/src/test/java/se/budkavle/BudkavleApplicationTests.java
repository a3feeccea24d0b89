package se.budkavle;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.test.StepVerifier;

@SpringBootTest
class BudkavleApplicationTests {

	@Autowired
	DatabaseClient database;

	@Test
	void migratesTheEmbeddedDatabaseWhenNoneIsConfigured() {
		StepVerifier.create(this.database.sql("select count(*) from unit_closure").map((row) -> row.get(0, Long.class)).one())
			.expectNext(0L)
			.verifyComplete();
	}
}
