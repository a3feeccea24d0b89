package se.budkavle.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTests {

	@TempDir
	Path workingDirectory;

	@Test
	void keepsItsDataWhenStartedAgainOnTheSameDirectory() throws Exception {
		Path data = this.workingDirectory.resolve("postgres");
		try (EmbeddedDatabase first = EmbeddedDatabase.start(data, false, 0)) {
			execute(first, "create table kept (note text); insert into kept values ('still here')");
		}
		try (EmbeddedDatabase second = EmbeddedDatabase.start(data, false, 0);
				var connection = DriverManager.getConnection(second.jdbcUrl(), EmbeddedDatabase.USER, "");
				var result = connection.createStatement().executeQuery("select note from kept")) {
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo("still here");
		}
	}

	@Test
	void refusesADataDirectoryThatAnotherInstanceIsUsing() throws Exception {
		Path data = this.workingDirectory.resolve("postgres");
		try (EmbeddedDatabase running = EmbeddedDatabase.start(data, false, 0)) {
			assertThatExceptionOfType(EmbeddedDatabaseInUse.class)
				.isThrownBy(() -> EmbeddedDatabase.start(data, false, 0))
				.withMessageContaining(data.toString());
		}
	}

	@Test
	void ephemeralDatabasesLeaveNothingBehind() throws Exception {
		Path directory;
		try (EmbeddedDatabase ephemeral = EmbeddedDatabase.start(this.workingDirectory.resolve("unused"), true, 0)) {
			directory = ephemeral.dataDirectory();
			assertThat(directory).isDirectory();
		}
		assertThat(directory).doesNotExist();
		assertThat(directory.resolveSibling(directory.getFileName() + ".lock")).doesNotExist();
	}

	private static void execute(EmbeddedDatabase database, String sql) throws Exception {
		try (var connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "")) {
			connection.createStatement().execute(sql);
		}
	}
}
