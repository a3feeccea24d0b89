package se.budkavle.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import se.budkavle.BudkavleApplication;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupTests {

	@TempDir
	Path workingDirectory;

	@Test
	void failsFastWithOneClearLineWhenTheConfiguredDatabaseIsUnreachable(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--spring.r2dbc.url=r2dbc:postgresql://127.0.0.1:9/budkavle",
				"--spring.r2dbc.username=budkavle", "--spring.flyway.url=jdbc:postgresql://127.0.0.1:9/budkavle",
				"--spring.flyway.user=budkavle"));
		assertThat(output)
			.contains("Budkavle cannot reach the database at jdbc:postgresql://127.0.0.1:9/budkavle (Connection refused)");
	}

	@Test
	void failsFastWithOneClearLineWhenTheDatabaseHostIsUnknown(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--spring.r2dbc.url=r2dbc:postgresql://db.invalid/budkavle",
				"--spring.r2dbc.username=budkavle", "--spring.flyway.url=jdbc:postgresql://db.invalid/budkavle",
				"--spring.flyway.user=budkavle"));
		assertThat(output).contains("Budkavle cannot reach the database at jdbc:postgresql://db.invalid/budkavle");
	}

	@Test
	void failsFastWhenAnotherInstanceUsesTheEmbeddedDataDirectory(CapturedOutput output) {
		String dataDirectory = "--budkavle.database.embedded.data-directory=" + this.workingDirectory.resolve("pg");
		try (ConfigurableApplicationContext first = start("--budkavle.database.embedded.ephemeral=false", dataDirectory)) {
			assertThatException()
				.isThrownBy(() -> start("--budkavle.database.embedded.ephemeral=false", dataDirectory));
			assertThat(output).contains("is in use by another running instance");
		}
	}

	@Test
	void keepsTheDataAcrossRestarts() {
		String dataDirectory = "--budkavle.database.embedded.data-directory=" + this.workingDirectory.resolve("pg");
		try (ConfigurableApplicationContext first = start("--budkavle.database.embedded.ephemeral=false", dataDirectory)) {
			database(first).sql("insert into unit (external_id, name, kind) values ('kept', 'Kept', 'UNIT')")
				.then()
				.block();
		}
		try (ConfigurableApplicationContext second = start("--budkavle.database.embedded.ephemeral=false",
				dataDirectory)) {
			assertThat(database(second).sql("select name from unit where external_id = 'kept'")
				.map((row) -> row.get(0, String.class))
				.one()
				.block()).isEqualTo("Kept");
		}
	}

	private static org.springframework.r2dbc.core.DatabaseClient database(ConfigurableApplicationContext context) {
		return context.getBean(org.springframework.r2dbc.core.DatabaseClient.class);
	}

	private static ConfigurableApplicationContext start(String... args) {
		String[] all = new String[args.length + 1];
		all[0] = "--server.port=0";
		System.arraycopy(args, 0, all, 1, args.length);
		return new SpringApplicationBuilder(BudkavleApplication.class).run(all);
	}
}
