package se.budkavle.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

@DemoModeTest
class DemoPostsTests {

	@Autowired
	DemoPosts posts;

	@Autowired
	DatabaseClient database;

	@Test
	void thePersonasHaveNewsAfterStartUpAndRestartsAddNone() {
		assertThat(strings("select a.external_id || ' ' || p.priority || ' ' || p.ack_required || ' ' || t.include_subunits"
				+ " || ' ' || u.external_id from post p join person a on a.id = p.author_id"
				+ " join post_target t on t.post_id = p.id join unit u on u.id = t.unit_id order by a.external_id"))
			.containsExactly("demo-avdelning-manager NORMAL false true hsf-aldre",
					"demo-communicator IMPORTANT false true hsf",
					"demo-enhet-manager NORMAL true true hsf-aldre-hemtjanst-syd");
		StepVerifier.create(this.posts.seedIfNone()).expectNext(0L).verifyComplete();
		assertThat(strings("select title from post")).hasSize(3);
		assertThat(strings("select p.title from post p join post_audience a on a.post_id = p.id"
				+ " join person e on e.id = a.person_id where e.external_id = 'demo-employee' order by p.title"))
			.containsExactly("Driftstörning i telefonin", "Nya rutiner för nyckelhantering", "Välkommen till Budkavle");
	}

	private java.util.List<String> strings(String sql) {
		return this.database.sql(sql).map((row) -> row.get(0, String.class)).all().collectList().block();
	}
}
