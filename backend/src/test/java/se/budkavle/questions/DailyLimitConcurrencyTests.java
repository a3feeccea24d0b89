package se.budkavle.questions;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.budkavle.identity.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily limit stays exact when one person sends many questions at the same moment: count and insert are not
 * interleaved between their transactions.
 */
class DailyLimitConcurrencyTests extends QuestionsFixture {

	@Autowired
	Questions questions;

	@Test
	void questionsSentAtOnceByOnePersonNeverGoOverTheDailyLimit() {
		UUID asker = person("demo-employee");
		Viewer viewer = new Viewer(asker, "Ahmed Hassan", null, Set.of());
		for (int day = 0; day < 5; day++) {
			long answered = Flux.range(0, 8)
				.flatMap((i) -> this.questions
					.ask(viewer, new QuestionRequests.Ask("Fråga " + i, "Text", null, false, null))
					.map((asked) -> 1L)
					.onErrorResume(DailyLimitReached.class, (refused) -> Mono.just(0L)), 8)
				.reduce(0L, Long::sum)
				.block();
			long stored = this.database.sql("select count(*) from question where asker_id = :asker and asked_at >= :start")
				.bind("asker", asker)
				.bind("start", this.clock.instant().minus(Duration.ofHours(1)))
				.mapValue(Long.class)
				.one()
				.block();
			assertThat(stored).as("questions stored on day " + day).isEqualTo(3);
			assertThat(answered).as("questions accepted on day " + day).isEqualTo(3);
			this.clock.advance(Duration.ofDays(1));
		}
	}
}
