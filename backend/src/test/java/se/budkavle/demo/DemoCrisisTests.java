package se.budkavle.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

@DemoModeTest
class DemoCrisisTests {

	@Autowired
	DatabaseClient database;

	@Test
	void theDirectorsExerciseReachesTheAvdelningWithEightAnswersOneNeedingHelpAndThePersonasStillToAnswer(
			@Autowired DemoCrisis crisis) {
		assertThat(text("select c.title || ' ' || c.severity || ' ' || c.confirmation || ' ' || c.exercise || ' ' || u.external_id"
				+ " from crisis c join person p on p.id = c.sender_id join crisis_target t on t.crisis_id = c.id"
				+ " join unit u on u.id = t.unit_id where p.external_id = :key", DemoPersonas.DIRECTOR.externalId()))
			.isEqualTo("Strömavbrott i äldreomsorgens lokaler WARNING SAFETY true hsf-aldre");
		assertThat(text("select string_agg(r.status || '=' || r.n, ',' order by r.status) from (select status, count(*) as n"
				+ " from crisis_recipient where status is not null group by status) r", null))
			.isEqualTo("NEED_HELP=1,SAFE=7");
		assertThat(text("select count(*)::text from crisis_answer", null)).isEqualTo("8");
		for (DemoPersona persona : new DemoPersona[] { DemoPersonas.EMPLOYEE, DemoPersonas.COLLEAGUE,
				DemoPersonas.ENHET_MANAGER }) {
			assertThat(text("select coalesce(r.status, 'not yet') from crisis_recipient r join person p on p.id = r.person_id"
					+ " where p.external_id = :key", persona.externalId()))
				.as(persona.key() + " still sees the banner")
				.isEqualTo("not yet");
		}
		assertThat(text("select count(*)::text from crisis_recipient r join person p on p.id = r.person_id"
				+ " where p.external_id = :key", DemoPersonas.OUTSIDER.externalId())).isEqualTo("0");
		StepVerifier.create(crisis.seedIfNone()).expectNext(0L).verifyComplete();
		assertThat(text("select count(*)::text from crisis", null)).isEqualTo("1");
	}

	private String text(String sql, String key) {
		var spec = this.database.sql(sql);
		return ((key != null) ? spec.bind("key", key) : spec).mapValue(String.class).one().block();
	}
}
