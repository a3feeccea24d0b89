package se.budkavle.live;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;

class LogHorizonTests {

	static final long NONE = -1;

	@Test
	void theLogStartsAtItsEndAtOnceWhenNoTransactionRuns() {
		var horizon = new LogHorizon();
		assertThat(horizon.start(new LogHorizon.Snapshot(7, 100, NONE))).isTrue();
		assertThat(horizon.position()).isEqualTo(7);
	}

	@Test
	void theLogStartsOnlyOnceTheTransactionsRunningAtTheFirstLookHaveEnded() {
		var horizon = new LogHorizon();
		assertThat(horizon.start(new LogHorizon.Snapshot(7, 95, 99))).isFalse();
		assertThat(horizon.start(new LogHorizon.Snapshot(9, 99, 101))).isFalse();
		assertThat(horizon.start(new LogHorizon.Snapshot(9, 100, 101))).isTrue();
		// Event 8 or 9 may have been committed by a transaction that started after the first look: read them later.
		assertThat(horizon.position()).isEqualTo(7);
	}

	@Test
	void eventsWithoutAGapAreHandedOutWhileOtherTransactionsRun() {
		var horizon = started(10);
		assertThat(ids(horizon.settle(events(11, 12, 13), new LogHorizon.Snapshot(0, 90, 95)))).containsExactly(11L, 12L,
				13L);
		assertThat(horizon.waiting()).isFalse();
	}

	@Test
	void anEventBehindAGapWaitsUntilTheGapIsFilled() {
		var horizon = started(10);
		assertThat(ids(horizon.settle(events(11, 13, 14), new LogHorizon.Snapshot(0, 90, 95)))).containsExactly(11L);
		assertThat(horizon.waiting()).isTrue();
		assertThat(ids(horizon.settle(events(12, 13, 14), new LogHorizon.Snapshot(0, 90, 95)))).containsExactly(12L, 13L,
				14L);
		assertThat(horizon.waiting()).isFalse();
		assertThat(horizon.position()).isEqualTo(14);
	}

	@Test
	void aGapLeftByARollbackIsPassedOnceTheTransactionsRunningWhenItWasSeenHaveEnded() {
		var horizon = started(10);
		assertThat(horizon.settle(events(12, 13), new LogHorizon.Snapshot(0, 90, 95))).isEmpty();
		// A transaction that started later does not hold the gap back, an older one does.
		assertThat(horizon.settle(events(12, 13), new LogHorizon.Snapshot(0, 95, 120))).isEmpty();
		assertThat(ids(horizon.settle(events(12, 13, 15), new LogHorizon.Snapshot(0, 96, 120)))).containsExactly(12L,
				13L);
		// 14 was seen missing only now: it waits for what runs now.
		assertThat(horizon.waiting()).isTrue();
		assertThat(ids(horizon.settle(events(15), new LogHorizon.Snapshot(0, 121, NONE)))).containsExactly(15L);
		assertThat(horizon.waiting()).isFalse();
	}

	@Test
	void nothingIsHeldBackWhenNoTransactionRuns() {
		var horizon = started(10);
		assertThat(ids(horizon.settle(events(12, 15), new LogHorizon.Snapshot(0, 90, NONE)))).containsExactly(12L, 15L);
	}

	static LogHorizon started(long position) {
		var horizon = new LogHorizon();
		horizon.start(new LogHorizon.Snapshot(position, 1, NONE));
		return horizon;
	}

	static List<StoredEvent> events(long... ids) {
		return LongStream.of(ids)
			.mapToObj((id) -> new StoredEvent(id, "test:horizon", "test.horizon", JsonNodeFactory.instance.objectNode(),
					Set.of(), Instant.EPOCH))
			.toList();
	}

	static List<Long> ids(List<StoredEvent> events) {
		return events.stream().map(StoredEvent::id).toList();
	}
}
