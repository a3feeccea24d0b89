package se.budkavle.demo;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

import se.budkavle.BudkavleApplication;
import se.budkavle.org.Organisation;

import static org.assertj.core.api.Assertions.assertThat;

class DemoRestartTests {

	@TempDir
	Path workingDirectory;

	@Test
	void keepsTheDemoOrganisationAcrossRestartsWithoutSeedingAgain() {
		UUID employee;
		try (ConfigurableApplicationContext first = start()) {
			employee = employeeId(first);
			assertThat(demoImports(first)).isEqualTo(1);
		}
		try (ConfigurableApplicationContext second = start()) {
			assertThat(employeeId(second)).isEqualTo(employee);
			assertThat(demoImports(second)).isEqualTo(1);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(BudkavleApplication.class).run("--server.port=0",
				"--budkavle.demo.seed=true", "--budkavle.database.embedded.ephemeral=false",
				"--budkavle.database.embedded.data-directory=" + this.workingDirectory.resolve("pg"));
	}

	private static UUID employeeId(ConfigurableApplicationContext context) {
		return context.getBean(Organisation.class).personByExternalId("demo-employee").blockOptional().orElseThrow().id();
	}

	private static long demoImports(ConfigurableApplicationContext context) {
		return context.getBean(DatabaseClient.class)
			.sql("select count(*) from directory_import where source = :source")
			.bind("source", DemoSeeding.SOURCE)
			.map((row) -> row.get(0, Long.class))
			.one()
			.blockOptional()
			.orElseThrow();
	}
}
