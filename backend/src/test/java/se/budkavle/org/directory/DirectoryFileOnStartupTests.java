package se.budkavle.org.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.util.unit.DataSize;

import se.budkavle.BudkavleApplication;
import se.budkavle.org.DirectoryRejected;
import se.budkavle.org.OrgProperties;
import se.budkavle.org.OrgTables;
import se.budkavle.org.Organisation;
import se.budkavle.org.Person;
import se.budkavle.org.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class DirectoryFileOnStartupTests {

	@TempDir
	Path directory;

	@Test
	void theFileIsAppliedWhenTheHubStarts() throws IOException {
		Path file = write(TestDirectory.demo().toString());
		try (ConfigurableApplicationContext hub = start(file)) {
			Person employee = hub.getBean(Organisation.class).personByExternalId("demo-employee").block();
			assertThat(employee.displayName()).isEqualTo("Ahmed Hassan");
			assertThat(new OrgTables(hub.getBean(DatabaseClient.class))
				.strings("select source || ' ' || (changes ->> 'peopleAdded') from directory_import"))
				.containsExactly(file + " 8");
		}
	}

	@Test
	void aRejectedFileStopsTheStartListingEveryProblem(CapturedOutput output) throws IOException {
		Path file = write(TestDirectory.demo()
			.unit("hsf-adm", "Administration", "DEPARTMENT", "nowhere")
			.personWithEmail("demo-admin", "Nora Lund", "nora.lund(at)demo.budkavle.se", "Systemförvaltare", "hsf-adm")
			.toString());
		assertThatThrownBy(() -> start(file).close()).hasStackTraceContaining("DirectoryRejected");
		assertThat(output).contains("The directory file " + file + " was rejected and nothing of it was applied. "
				+ "2 problem(s):", "line 8, parent: unknown parent 'nowhere' of unit 'hsf-adm'",
				"line 16, email: 'nora.lund(at)demo.budkavle.se' of person 'demo-admin' is not an e-mail address",
				"budkavle.org.import-file");
	}

	@Test
	void aMissingFileIsNamedInTheFailure() {
		Path missing = this.directory.resolve("missing.jsonl");
		var runner = new DirectoryFileOnStartup(null, new OrgProperties(missing, DataSize.ofMegabytes(1), 0.1));
		assertThatExceptionOfType(DirectoryFileOnStartup.DirectoryFileUnreadable.class).isThrownBy(() -> runner.run(null))
			.withMessageContaining(missing.toString())
			.withMessageContaining("there is no such file");
	}

	@Test
	void aFileThatIsNotUtf8IsNamedInTheFailure() throws IOException {
		Path latin1 = this.directory.resolve("latin1.jsonl");
		Files.writeString(latin1, TestDirectory.demo().toString(), StandardCharsets.ISO_8859_1);
		var runner = new DirectoryFileOnStartup(null, new OrgProperties(latin1, DataSize.ofMegabytes(1), 0.1));
		assertThatExceptionOfType(DirectoryFileOnStartup.DirectoryFileUnreadable.class).isThrownBy(() -> runner.run(null))
			.withMessageContaining("not UTF-8");
	}

	private Path write(String content) throws IOException {
		return Files.writeString(this.directory.resolve("directory.jsonl"), content, StandardCharsets.UTF_8);
	}

	private static ConfigurableApplicationContext start(Path file) {
		return new SpringApplicationBuilder(BudkavleApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "budkavle.org.import-file=" + file)
			.run();
	}
}
