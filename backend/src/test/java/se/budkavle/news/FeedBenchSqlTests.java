package se.budkavle.news;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed benchmark runs {@code bench/sql/feed.sql} with pgbench as the baseline for the feed endpoint, so that file
 * must stay the very query the endpoint sends.
 */
class FeedBenchSqlTests {

	// Surefire runs in the backend module's directory.
	private static final Path BENCH_SQL = Path.of("../bench/sql/feed.sql");

	@Test
	void theBenchRunsTheVerySqlOfTheFeed() throws IOException {
		assertThat(Files.readString(BENCH_SQL).trim())
			.as("bench/sql/feed.sql must be the text of Feed.SQL; copy it over after changing the query")
			.isEqualTo(Feed.SQL.trim());
	}
}
