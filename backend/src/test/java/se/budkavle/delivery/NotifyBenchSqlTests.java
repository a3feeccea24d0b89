package se.budkavle.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crisis benchmark's in-app baseline runs {@code bench/sql/crisis-notify.sql} once per person, so that file must
 * stay the statement the notifier runs for each notification.
 */
class NotifyBenchSqlTests {

	@Test
	void theInAppBaselineIsTheNotifiersStatement() throws IOException {
		assertThat(Files.readString(Path.of("..", "bench", "sql", "crisis-notify.sql"), StandardCharsets.UTF_8))
			.as("bench/sql/crisis-notify.sql must be OutboxNotifier.NOTIFY")
			.isEqualTo(OutboxNotifier.NOTIFY + ";\n");
	}
}
