package se.budkavle.acknowledgement;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import reactor.core.publisher.Mono;
import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two acknowledgements by one person at the same moment both answer the one stored timestamp, whichever commits first.
 */
class ConcurrentAcknowledgementTests extends HubTestSupport {

	@Autowired
	Acknowledging acknowledging;

	@Test
	void twoConcurrentAcknowledgementsByOnePersonBothAnswerTheStoredTime() {
		UUID post = AckPosts.publish(as("enhet-manager"), unit("hsf-aldre-hemtjanst-syd"),
				START.plus(Duration.ofDays(3)));
		UUID employee = person("employee");
		Viewer viewer = new Viewer(employee, "Ahmed Hassan", null, Set.of());
		for (int round = 0; round < 60; round++) {
			this.database.sql("delete from acknowledgement where post_id = :post and person_id = :person")
				.bind("post", post)
				.bind("person", employee)
				.then()
				.block();
			this.clock.advance(Duration.ofSeconds(1));
			var both = Mono.zip(this.acknowledging.acknowledge(post, viewer).map(Instant::toString).defaultIfEmpty("none"),
					this.acknowledging.acknowledge(post, viewer).map(Instant::toString).defaultIfEmpty("none"))
				.block();
			Instant stored = this.database
				.sql("select acknowledged_at from acknowledgement where post_id = :post and person_id = :person")
				.bind("post", post)
				.bind("person", employee)
				.mapValue(Instant.class)
				.one()
				.block();
			assertThat(both.getT1()).as("first answer in round " + round).isEqualTo(stored.toString());
			assertThat(both.getT2()).as("second answer in round " + round).isEqualTo(stored.toString());
		}
	}
}
