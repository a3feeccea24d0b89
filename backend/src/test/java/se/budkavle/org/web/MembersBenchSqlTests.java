package se.budkavle.org.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The members benchmark runs {@code bench/sql/members-page.sql} with pgbench as the baseline for the members endpoint,
 * so that file must stay the very query the endpoint sends.
 */
class MembersBenchSqlTests {

	// Surefire runs in the backend module's directory.
	private static final Path BENCH_SQL = Path.of("../bench/sql/members-page.sql");

	@Test
	void theBenchRunsTheVerySqlOfTheMembersEndpoint() throws IOException {
		assertThat(Files.readString(BENCH_SQL).trim())
			.as("bench/sql/members-page.sql must be the text of UnitMembers.SQL; copy it over after changing the query")
			.isEqualTo(UnitMembers.SQL.trim());
	}
}
