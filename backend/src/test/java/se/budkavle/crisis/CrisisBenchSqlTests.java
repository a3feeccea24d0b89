package se.budkavle.crisis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crisis benchmark's baselines run the very statements of sending a crisis message and of the roll call, so the
 * files in {@code bench/sql} must stay those statements.
 */
class CrisisBenchSqlTests {

	@Test
	void theSendBaselineIsTheSendsSetBasedStatementsInTheSendsOrderAndTransaction() throws IOException {
		// pgbench's \gset stores the new crisis's id in the variable `id`, the name the later statements bind.
		String expected = CrisisSending.UNKNOWN_UNITS + ";\nbegin;\n" + CrisisSending.INSERT + "\n\\gset\n"
				+ CrisisSending.TARGETS + ";\n" + typed(CrisisSending.RECIPIENTS) + ";\n" + CrisisChannels.RECIPIENTS
				+ ";\n" + CrisisChannels.IN_APP_DELIVERED + ";\ncommit;\n";
		assertThat(read("crisis-send.sql"))
			.as("bench/sql/crisis-send.sql must be CrisisSending's and CrisisChannels' statements; copy them over")
			.isEqualTo(expected);
	}

	@Test
	void theRollCallBaselineIsTheRollCallsStatements() throws IOException {
		assertThat(read("crisis-roll-call.sql")).as("bench/sql/crisis-roll-call.sql must be RollCall's COUNTS and PEOPLE")
			.isEqualTo(RollCall.COUNTS + ";\n" + RollCall.PEOPLE + ";\n");
	}

	/**
	 * The statement with its id parameter typed: pgbench sends parameters untyped, and {@code select distinct} cannot
	 * leave an untyped one to the insert's column as R2DBC's typed uuid does.
	 */
	private static String typed(String statement) {
		return statement.replace("select distinct :id,", "select distinct cast(:id as uuid),");
	}

	private static String read(String file) throws IOException {
		return Files.readString(Path.of("..", "bench", "sql", file), StandardCharsets.UTF_8);
	}
}
