package se.budkavle.acknowledgement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ack benchmark runs {@code bench/sql/acknowledge.sql} with pgbench as the baseline for
 * {@code PUT /api/v1/posts/{id}/acknowledgement}, so that file must stay the very statement the endpoint sends.
 */
class AckBenchSqlTests {

	// Surefire runs in the backend module's directory.
	private static final Path BENCH_SQL = Path.of("../bench/sql/acknowledge.sql");

	@Test
	void theBenchRunsTheVerySqlOfTheAcknowledgementEndpoint() throws IOException {
		assertThat(Files.readString(BENCH_SQL).trim())
			.as("bench/sql/acknowledge.sql must be the text of Acknowledging.ACKNOWLEDGE; copy it over after changing it")
			.isEqualTo(Acknowledging.ACKNOWLEDGE.trim());
	}
}
