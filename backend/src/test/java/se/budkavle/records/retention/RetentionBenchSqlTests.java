package se.budkavle.records.retention;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.budkavle.records.RetentionRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention benchmark's baseline runs {@code bench/sql/retention.sql}, so that file must stay the owners' rule
 * statements, in the order a run applies them, in one transaction.
 */
class RetentionBenchSqlTests {

	/** Each record type's statement: a package-private constant of the module that owns the records. */
	private static final Map<String, String[]> STATEMENTS = Map.of(
			RetentionRule.COMMENTS, new String[] { "se.budkavle.comments.CommentRetention", "DELETE" },
			RetentionRule.NOTIFICATIONS, new String[] { "se.budkavle.delivery.NotificationRetention", "DELETE" },
			RetentionRule.LIVE_EVENTS, new String[] { "se.budkavle.live.EventRetention", "DELETE" },
			RetentionRule.DELIVERIES, new String[] { "se.budkavle.delivery.DeliveryRetention", "DELETE" },
			RetentionRule.READ_RECEIPTS, new String[] { "se.budkavle.news.ReadRetention", "REDUCE" },
			RetentionRule.PUSH_SUBSCRIPTIONS, new String[] { "se.budkavle.delivery.webpush.PushRetention", "DELETE" });

	@Test
	void theRetentionBaselineIsEveryRulesStatementInTheRunsOrderInOneTransaction() throws Exception {
		// Each rule binds its own cutoff, so psql gets one variable per rule: :cutoff becomes e.g. :liveEventsCutoff.
		StringBuilder expected = new StringBuilder("begin;\n");
		for (String recordType : new RetentionProperties(null, null, null, null, null, null, null).byRecordType().keySet()) {
			assertThat(STATEMENTS).as("the benchmark covers the rule for " + recordType).containsKey(recordType);
			expected.append(constant(STATEMENTS.get(recordType)).replace(":cutoff", ":" + cutoffVariable(recordType)))
				.append(";\n");
		}
		expected.append("commit;\n");
		assertThat(read("retention.sql"))
			.as("bench/sql/retention.sql must be the rules' statements in the run's order; copy them over after changing them")
			.isEqualTo(expected.toString());
	}

	/** {@code live-events} → {@code liveEventsCutoff}. */
	private static String cutoffVariable(String recordType) {
		StringBuilder name = new StringBuilder();
		for (String word : recordType.split("-")) {
			name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return name.append("Cutoff").toString();
	}

	private static String constant(String[] classAndField) throws ReflectiveOperationException {
		Field field = Class.forName(classAndField[0]).getDeclaredField(classAndField[1]);
		field.setAccessible(true);
		return (String) field.get(null);
	}

	private static String read(String file) throws IOException {
		return Files.readString(Path.of("..", "bench", "sql", file), StandardCharsets.UTF_8);
	}
}
