package se.budkavle.reach;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reach benchmark's baseline runs the very statements the reach endpoints run, in the same order.
 */
class ReachBenchSqlTests {

	@Test
	void thePostReachBaselineIsTheEndpointsSql() throws IOException {
		assertThat(statements("reach-post.sql")).containsExactly(PostReaches.CELLS, ReachTrees.TREE,
				PostReaches.READS_PER_HOUR, PostReaches.TIME_TO);
	}

	@Test
	void theUnitReportBaselineIsTheEndpointsSql() throws IOException {
		assertThat(statements("reach-unit.sql")).containsExactly(ReachTrees.PEOPLE, ReachTrees.TREE,
				UnitReports.CELLS, UnitReports.DIALOGUE);
	}

	private static List<String> statements(String file) throws IOException {
		String text = Files.readString(Path.of("..", "bench", "sql", file), StandardCharsets.UTF_8);
		return Arrays.stream(text.split(";\n")).map(String::strip).filter((sql) -> !sql.isEmpty()).toList();
	}
}
