package se.budkavle.questions;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unanswered questions move up after five working days; recipients forward by hand; the history shows each move.
 */
class EscalationTests extends QuestionsFixture {

	@Autowired
	Escalation escalation;

	@Test
	void anUnansweredQuestionMovesUpAfterFiveWorkingDaysNotFiveCalendarDays() {
		UUID id = askPrivately("demo-employee", "Semester");
		this.clock.set(at(2026, 9, 12, 9, 1)); // Saturday: five calendar days, four working days
		assertThat(this.escalation.escalateDue().block()).isZero();
		this.clock.set(at(2026, 9, 14, 8, 59)); // Monday, a minute before the fifth working day has passed
		assertThat(this.escalation.escalateDue().block()).isZero();
		assertThat(inbox("demo-enhet-manager")).contains(id);
		this.clock.set(at(2026, 9, 14, 9, 1));
		assertThat(this.escalation.escalateDue().block()).isEqualTo(1);

		assertThat(inbox("demo-avdelning-manager")).contains(id);
		assertThat(inbox("demo-enhet-manager")).doesNotContain(id);
		assertThat(inbox("demo-deputy")).doesNotContain(id);
		get("demo-avdelning-manager", "/api/v1/questions/{id}", id).expectStatus().isOk().expectBody()
			.jsonPath("$.unit.name").isEqualTo("Äldreomsorg")
			.jsonPath("$.askedUnit.name").isEqualTo("Hemtjänst Syd")
			.jsonPath("$.overdue").isEqualTo(true)
			.jsonPath("$.events[*].kind").isEqualTo(List.of("ASKED", "ESCALATED"))
			.jsonPath("$.events[1].fromUnit.name").isEqualTo("Hemtjänst Syd")
			.jsonPath("$.events[1].toUnit.name").isEqualTo("Äldreomsorg")
			.jsonPath("$.permissions.forward").isEqualTo(true);
		// the managers it was taken from may still read and answer it, but no longer hold it
		get("demo-enhet-manager", "/api/v1/questions/{id}", id).expectStatus().isOk().expectBody()
			.jsonPath("$.permissions.answer").isEqualTo(true)
			.jsonPath("$.permissions.forward").isEqualTo(false);
		// running again changes nothing until the next deadline
		assertThat(this.escalation.escalateDue().block()).isZero();
		this.clock.set(at(2026, 9, 21, 9, 2));
		assertThat(this.escalation.escalateDue().block()).isEqualTo(1);
		assertThat(inbox("demo-director")).contains(id);
	}

	@Test
	void anAnsweredOrClosedQuestionDoesNotEscalate() {
		UUID answered = askPrivately("demo-employee", "Besvarad");
		UUID closed = askPrivately("demo-colleague", "Stängd");
		post("demo-deputy", "/api/v1/questions/{id}/answers", Map.of("body", "Svar"), answered).expectStatus().isOk();
		post("demo-colleague", "/api/v1/questions/{id}/closure", Map.of(), closed).expectStatus().isOk();
		this.clock.set(at(2026, 9, 30, 12, 0));
		assertThat(this.escalation.escalateDue().block()).isZero();
		assertThat(inbox("demo-avdelning-manager")).doesNotContain(answered, closed);
	}

	@Test
	void theHolderForwardsToTheirManagerOrToHrAndTheHistoryShowsEachHandOver() {
		UUID id = askPrivately("demo-employee", "Lönefråga");
		post("demo-colleague", "/api/v1/questions/{id}/forwards", Map.of("to", "MANAGER"), id).expectStatus()
			.isNotFound();
		post("demo-deputy", "/api/v1/questions/{id}/forwards", Map.of("to", "MANAGER", "note", "Gäller hela avdelningen"),
				id)
			.expectStatus().isOk().expectBody()
			.jsonPath("$.unit.name").isEqualTo("Äldreomsorg");
		post("demo-enhet-manager", "/api/v1/questions/{id}/forwards", Map.of("to", "HR"), id).expectStatus()
			.isForbidden();
		post("demo-avdelning-manager", "/api/v1/questions/{id}/forwards", Map.of("to", "HR"), id).expectStatus()
			.isOk();
		assertThat(inbox("demo-hr")).contains(id);
		assertThat(inbox("demo-avdelning-manager")).doesNotContain(id);
		get("demo-hr", "/api/v1/questions/{id}", id).expectStatus().isOk().expectBody()
			.jsonPath("$.withHr").isEqualTo(true)
			.jsonPath("$.events[*].kind").isEqualTo(List.of("ASKED", "FORWARDED", "FORWARDED"))
			.jsonPath("$.events[1].by.name").isEqualTo("Erik Deputy")
			.jsonPath("$.events[1].note").isEqualTo("Gäller hela avdelningen")
			.jsonPath("$.events[1].toUnit.name").isEqualTo("Äldreomsorg")
			.jsonPath("$.events[2].toHr").isEqualTo(true);
		post("demo-hr", "/api/v1/questions/{id}/answers", Map.of("body", "HR svarar"), id).expectStatus().isOk();
		// forwarding from the top finds nobody above
		UUID top = UUID.fromString((String) ask("demo-avdelning-manager", Map.of("subject", "Till direktören", "body", "?",
				"anonymous", false, "visibility", "PRIVATE")).get("id"));
		post("demo-director", "/api/v1/questions/{id}/forwards", Map.of("to", "MANAGER"), top).expectStatus()
			.isEqualTo(409)
			.expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:no-manager-above");
	}

	@Test
	void workingDaysSkipWeekendsAndSwedishHolidays() {
		assertThat(WorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
		assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
		// Långfredagen, annandag påsk, Kristi himmelfärd, midsommarafton 2026
		assertThat(List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 14),
				LocalDate.of(2026, 6, 19), LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 6)))
			.allMatch(WorkingDays::isHoliday);
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 7))).isTrue();
		// Thursday before Easter + 5 working days: skips Good Friday, the weekend and Easter Monday
		var thursday = at(2026, 4, 2, 10, 0);
		assertThat(WorkingDays.after(thursday, 5, STOCKHOLM)).isEqualTo(at(2026, 4, 13, 10, 0));
		// across Christmas and New Year: 28, 29, 30 December, 4 and 5 January
		assertThat(WorkingDays.after(at(2026, 12, 23, 10, 0), 5, STOCKHOLM)).isEqualTo(at(2027, 1, 5, 10, 0));
		assertThat(WorkingDays.after(MONDAY, 5, STOCKHOLM)).isEqualTo(MONDAY.plus(Duration.ofDays(7)));
	}

	private List<UUID> inbox(String person) {
		@SuppressWarnings("unchecked")
		Map<String, Object> page = get(person, "/api/v1/questions?box=inbox").expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
		return items.stream().map((item) -> UUID.fromString((String) item.get("id"))).toList();
	}

	private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, STOCKHOLM).toInstant();
	}
}
