package se.budkavle.questions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Response times per unit and child unit on the demo organisation, checked against figures worked out by hand, with
 * small groups rolled into "Övriga" so that no small group can be found by subtraction.
 */
class QuestionStatsTests extends QuestionsFixture {

	private static final Instant ASKED = Instant.parse("2026-08-10T07:00:00Z");

	private static final Instant DUE_PAST = Instant.parse("2026-08-17T07:00:00Z");

	private static final Instant DUE_FUTURE = Instant.parse("2026-09-30T07:00:00Z");

	@Test
	void figuresPerChildUnitWithSmallGroupsRolledIntoÖvriga() {
		äldreomsorgSix();
		förskolanThree();
		answered("hsf", 4);
		answered("hsf", 6);
		question("hsf-adm", Instant.parse("2026-07-01T07:00:00Z"), null, "OPEN", DUE_PAST); // before the period

		get("demo-director", "/api/v1/questions/stats?unitId={u}&from=2026-08-01&to=2026-09-07", unit("hsf"))
			.expectStatus().isOk().expectBody()
			.jsonPath("$.suppressed").isEqualTo(false)
			.jsonPath("$.minimumGroupSize").isEqualTo(5)
			.jsonPath("$.total.asked").isEqualTo(11)
			.jsonPath("$.total.answered").isEqualTo(7)
			.jsonPath("$.total.open").isEqualTo(3)
			.jsonPath("$.total.overdue").isEqualTo(2)
			// 1, 2, 3, 4, 5, 6, 10 hours
			.jsonPath("$.total.medianTimeToFirstAnswer").isEqualTo("PT4H")
			.jsonPath("$.rows[*].name").isEqualTo(List.of("Äldreomsorg", "Övriga"))
			.jsonPath("$.rows[0].figures.asked").isEqualTo(6)
			.jsonPath("$.rows[0].figures.answered").isEqualTo(4)
			.jsonPath("$.rows[0].figures.open").isEqualTo(1)
			.jsonPath("$.rows[0].figures.overdue").isEqualTo(1)
			.jsonPath("$.rows[0].figures.medianTimeToFirstAnswer").isEqualTo("PT2H30M")
			.jsonPath("$.rows[1].other").isEqualTo(true)
			.jsonPath("$.rows[1].units").isEqualTo(List.of("Hägersten-Älvsjö stadsdelsförvaltning", "Administration",
					"Förskola"))
			.jsonPath("$.rows[1].figures.asked").isEqualTo(5)
			.jsonPath("$.rows[1].figures.answered").isEqualTo(3)
			.jsonPath("$.rows[1].figures.open").isEqualTo(2)
			.jsonPath("$.rows[1].figures.overdue").isEqualTo(1)
			.jsonPath("$.rows[1].figures.medianTimeToFirstAnswer").isEqualTo("PT6H");

		// one level down: Hemtjänst Syd (4) and Äldreomsorg's own two questions are both small; together they are 6
		get("demo-avdelning-manager", "/api/v1/questions/stats?unitId={u}&from=2026-08-01&to=2026-09-07",
				unit("hsf-aldre"))
			.expectStatus().isOk().expectBody()
			.jsonPath("$.total.asked").isEqualTo(6)
			.jsonPath("$.rows[*].name").isEqualTo(List.of("Övriga"))
			.jsonPath("$.rows[0].figures.asked").isEqualTo(6);
	}

	@Test
	void aSingleSmallGroupIsRolledUpWithTheSmallestShownGroupSoSubtractionRevealsNothing() {
		äldreomsorgSix();
		förskolanThree();
		get("demo-hr", "/api/v1/questions/stats?unitId={u}&from=2026-08-01&to=2026-09-07", unit("hsf"))
			.expectStatus().isOk().expectBody()
			.jsonPath("$.total.asked").isEqualTo(9)
			.jsonPath("$.rows[*].name").isEqualTo(List.of("Övriga"))
			.jsonPath("$.rows[0].units").isEqualTo(List.of("Hägersten-Älvsjö stadsdelsförvaltning", "Administration",
					"Förskola", "Äldreomsorg"))
			.jsonPath("$.rows[0].figures.asked").isEqualTo(9);
	}

	@Test
	void fewerQuestionsThanTheMinimumShowNoFiguresAtAll() {
		förskolanThree();
		get("demo-admin", "/api/v1/questions/stats?unitId={u}&from=2026-08-01&to=2026-09-07", unit("hsf"))
			.expectStatus().isOk().expectBody()
			.jsonPath("$.suppressed").isEqualTo(true)
			.jsonPath("$.total").isEmpty()
			.jsonPath("$.rows").isEmpty();
	}

	@Test
	void managersOfTheSubtreeHrAndAdministratorsSeeFiguresOthersAreForbidden() {
		String uri = "/api/v1/questions/stats?unitId={u}";
		for (String person : List.of("demo-director", "demo-hr", "demo-admin")) {
			get(person, uri, unit("hsf")).expectStatus().isOk();
		}
		for (String person : List.of("demo-avdelning-manager", "demo-enhet-manager", "demo-employee", "demo-outsider")) {
			get(person, uri, unit("hsf")).expectStatus().isForbidden();
		}
		get("demo-deputy", uri, unit("hsf-aldre-hemtjanst-syd")).expectStatus().isOk();
		get("demo-avdelning-manager", uri, unit("hsf-aldre-hemtjanst-syd")).expectStatus().isOk();
		get("demo-enhet-manager", uri, unit("hsf-forskola")).expectStatus().isForbidden();
		get("demo-hr", "/api/v1/questions/stats?unitId={u}&from=2026-09-08&to=2026-09-01", unit("hsf")).expectStatus()
			.isBadRequest();
	}

	private void äldreomsorgSix() {
		answered("hsf-aldre-hemtjanst-syd", 1);
		answered("hsf-aldre-hemtjanst-syd", 2);
		answered("hsf-aldre-hemtjanst-syd", 3);
		answered("hsf-aldre", 5);
		question("hsf-aldre-hemtjanst-syd", ASKED, null, "OPEN", DUE_PAST);
		question("hsf-aldre", ASKED, null, "CLOSED", DUE_PAST);
	}

	private void förskolanThree() {
		answered("hsf-forskola-solrosen", 10);
		question("hsf-forskola-solrosen", ASKED, null, "OPEN", DUE_FUTURE);
		question("hsf-forskola-solrosen", ASKED, null, "OPEN", DUE_PAST);
	}

	private void answered(String unit, int hours) {
		question(unit, ASKED, ASKED.plus(Duration.ofHours(hours)), "ANSWERED", DUE_PAST);
	}

	private void question(String unit, Instant askedAt, Instant answeredAt, String state, Instant dueAt) {
		var spec = this.database.sql("""
				insert into question (subject, body, anonymous, follow_up_key_hash, visibility, asked_unit_id, unit_id,
				    state, asked_at, answer_due_at, first_answered_at)
				values ('s', 'b', true, :hash, 'PRIVATE', :unit, :unit, :state, :askedAt, :dueAt, :answeredAt)""")
			.bind("hash", FollowUpKeys.legacy(UUID.randomUUID().toString()))
			.bind("unit", unit(unit))
			.bind("state", state)
			.bind("askedAt", askedAt)
			.bind("dueAt", dueAt);
		spec = (answeredAt != null) ? spec.bind("answeredAt", answeredAt) : spec.bindNull("answeredAt", Instant.class);
		spec.then().block();
	}
}
