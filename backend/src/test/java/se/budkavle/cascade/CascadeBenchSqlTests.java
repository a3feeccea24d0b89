package se.budkavle.cascade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cascade benchmark's baselines run the very statements of sending a cascade and of the tracker's tree, so the
 * files in {@code bench/sql} must stay those statements.
 */
class CascadeBenchSqlTests {

	@Test
	void theSendBaselineIsTheSendsStatementsInTheSendsOrderAndTransaction() throws IOException {
		// pgbench's \gset stores the new cascade's id in the variable `id`, which the later statements then name.
		String expected = Sending.UNKNOWN + ";\n" + Sending.MANAGED + ";\nbegin;\n" + Sending.INSERT + "\n\\gset\n"
				+ idOf(Sending.SNAPSHOT) + ";\n" + Sending.TARGETS + ";\n" + idOf(Levels.OPEN) + ";\ncommit;\n";
		assertThat(read("cascade-send.sql"))
			.as("bench/sql/cascade-send.sql must be Sending's and Levels' statements; copy them over after changing them")
			.isEqualTo(expected);
	}

	@Test
	void theTrackerBaselineIsTheTrackersTreeStatement() throws IOException {
		assertThat(read("cascade-tracker.sql").strip())
			.as("bench/sql/cascade-tracker.sql must be TrackerRows.TREE")
			.isEqualTo(TrackerRows.TREE.strip() + ";");
	}

	private static String idOf(String statement) {
		return statement.replace(":cascadeId", ":id");
	}

	private static String read(String file) throws IOException {
		return Files.readString(Path.of("..", "bench", "sql", file), StandardCharsets.UTF_8);
	}
}
