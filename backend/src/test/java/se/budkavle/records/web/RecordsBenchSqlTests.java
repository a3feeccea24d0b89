package se.budkavle.records.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records benchmark's baseline runs {@code bench/sql/records-search.sql}, so that file must stay the disclosure
 * search's statement.
 */
class RecordsBenchSqlTests {

	@Test
	void theSearchBaselineIsTheDisclosureSearchsStatement() throws IOException {
		assertThat(Files.readString(Path.of("..", "bench", "sql", "records-search.sql"), StandardCharsets.UTF_8))
			.as("bench/sql/records-search.sql must be RecordSearch.SQL")
			.isEqualTo(RecordSearch.SQL + ";\n");
	}
}
