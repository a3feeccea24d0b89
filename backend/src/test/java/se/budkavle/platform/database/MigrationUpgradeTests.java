package se.budkavle.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.r2dbc.core.DatabaseClient;

import se.budkavle.BudkavleApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upgrade as a running deployment meets it: its database already has a later-numbered migration than some that
 * modules added since, and the hub must still start and apply them.
 */
class MigrationUpgradeTests {

	/** The migrations main had on 2026-12-05 at 10:31 (commit a1baa5b), before cascade, crisis and records. */
	static final List<String> EARLIER = List.of("V1__organisation.sql", "V2__subtree_member.sql", "V3__news.sql",
			"V4__acknowledgement.sql", "V5__delivery.sql", "V6__questions.sql", "V7__live.sql", "V8__m365.sql",
			"V9__comments.sql", "V10_11__known_admin.sql", "V18_3__attachment.sql");

	@TempDir
	Path earlier;

	@Test
	void aDatabaseMigratedBeforeLowerNumberedMigrationsWereAddedGetsThemWhenTheHubStarts() throws IOException {
		String jdbc = SharedTestDatabase.newDatabase();
		for (String name : EARLIER) {
			try (InputStream migration = getClass().getResourceAsStream("/db/migration/" + name)) {
				Files.copy(migration, this.earlier.resolve(name));
			}
		}
		Flyway.configure()
			.dataSource(jdbc, EmbeddedDatabase.USER, "")
			.locations("filesystem:" + this.earlier)
			.load()
			.migrate();
		try (ConfigurableApplicationContext hub = new SpringApplicationBuilder(BudkavleApplication.class).run(
				"--server.port=0", "--spring.r2dbc.url=" + jdbc.replace("jdbc:", "r2dbc:"),
				"--spring.r2dbc.username=" + EmbeddedDatabase.USER, "--spring.flyway.url=" + jdbc,
				"--spring.flyway.user=" + EmbeddedDatabase.USER)) {
			List<String> applied = hub.getBean(DatabaseClient.class)
				.sql("select version from flyway_schema_history where success order by installed_rank")
				.map((row) -> row.get(0, String.class))
				.all()
				.collectList()
				.block();
			int all = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
			assertThat(applied).contains("12.7", "13.1", "14.1", "15.1", "15.8").hasSize(all);
		}
	}

}
