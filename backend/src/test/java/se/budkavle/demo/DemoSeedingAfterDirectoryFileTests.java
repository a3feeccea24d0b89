package se.budkavle.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = { "budkavle.demo.seed=true",
		"budkavle.org.import-file=src/test/resources/demo/hr-export.jsonl" })
class DemoSeedingAfterDirectoryFileTests {

	@Autowired
	DatabaseClient database;

	@Test
	void leavesAnOrganisationFromAStartUpDirectoryFileAlone() {
		assertThat(this.database.sql("select external_id from person").map((row) -> row.get(0, String.class)).all()
			.collectList()
			.block()).containsExactly("1001");
		assertThat(this.database.sql("select source from directory_import").map((row) -> row.get(0, String.class))
			.all()
			.collectList()
			.block()).containsExactly("src/test/resources/demo/hr-export.jsonl");
	}
}
