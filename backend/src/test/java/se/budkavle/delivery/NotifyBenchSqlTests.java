package se.budkavle.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crisis benchmark's in-app baseline runs {@code bench/sql/crisis-notify.sql} once per batch of recipients, so that
 * file must stay the statement the notifier runs for each batch, and the script's batches the notifier's size.
 */
class NotifyBenchSqlTests {

	/**
	 * What the file runs before the statement: pgbench has no array variables on its command line large enough for a
	 * batch (one argument holds at most 128 KiB), so {@code bench/crisis.sh} stores the batches' recipients in a table
	 * {@code bench_notify_batch} and each transaction takes the next one by its number ({@code \gset}).
	 */
	static final String NEXT_BATCH = """
			\\set batch :batch + 1
			select ids as "recipientIds" from bench_notify_batch where n = :batch
			\\gset
			""";

	@Test
	void theInAppBaselineIsTheNotifiersBulkStatement() throws IOException {
		assertThat(Files.readString(Path.of("..", "bench", "sql", "crisis-notify.sql"), StandardCharsets.UTF_8))
			.as("bench/sql/crisis-notify.sql must be OutboxNotifier.NOTIFY_EACH after the batch lookup")
			.isEqualTo(NEXT_BATCH + OutboxNotifier.NOTIFY_EACH + ";\n");
	}

	@Test
	void theInAppBaselineBindsBatchesOfTheNotifiersSize() throws IOException {
		assertThat(Files.readString(Path.of("..", "bench", "crisis.sh"), StandardCharsets.UTF_8))
			.as("bench/crisis.sh must cut the recipients into batches of OutboxNotifier.BATCH")
			.contains("\nNOTIFY_BATCH=" + OutboxNotifier.BATCH + "\n");
	}
}
