package se.budkavle.questions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every time recorded for an anonymous question (asked, answered, the history, the managers' notifications and the
 * live events) is the start of its hour, so that nobody can match it to a signed-in request in a proxy log; a named
 * question keeps exact times.
 */
class AnonymousTimesTests extends QuestionsFixture {

	/** Monday 09:23:17.123456 in Stockholm; 07:00 UTC is the start of its hour. */
	private static final Instant ASKED = MONDAY.plus(Duration.ofMinutes(23)).plusSeconds(17).plusNanos(123_456_000);

	private static final Instant HOUR = Instant.parse("2026-09-07T07:00:00Z");

	@Test
	void anAnonymousQuestionAndEverythingDerivedFromItIsTimedToTheHour() {
		this.clock.set(ASKED);
		Map<String, Object> created = ask("demo-employee", Map.of("subject", "Schemat i jul",
				"body", "Varför ändras schemat?", "anonymous", true, "visibility", "PRIVATE"));
		UUID id = UUID.fromString((String) created.get("id"));
		this.clock.set(ASKED.plus(Duration.ofMinutes(9)));
		post("demo-enhet-manager", "/api/v1/questions/{id}/answers", Map.of("body", "Vi tar det på APT."), id)
			.expectStatus().isOk();
		postWithKey("demo-employee", (String) created.get("followUpKey"), "/api/v1/questions/{id}/answers",
				Map.of("body", "Tack!"), id)
			.expectStatus().isOk();

		Map<String, Object> question = question("demo-enhet-manager", id);
		assertThat(Instant.parse((String) question.get("askedAt"))).isEqualTo(HOUR);
		assertThat(times(question, "events")).as("the history").isNotEmpty().containsOnly(HOUR);
		assertThat(times(question, "messages")).as("answer and reply").hasSize(2).containsOnly(HOUR);
		assertThat(storedTimes("select created_at from notification where link = '/?budkavle-question=' || :id", id))
			.as("the managers' notifications").isNotEmpty().containsOnly(HOUR);
		assertThat(storedTimes("select created_at from event where payload ->> 'questionId' = :id", id))
			.as("the live events, whose time clients receive as at").hasSizeGreaterThanOrEqualTo(2).containsOnly(HOUR);
		assertThat(storedTimes("select first_answered_at from question where id = cast(:id as uuid)", id))
			.containsOnly(HOUR);
	}

	@Test
	void aNamedQuestionKeepsExactTimes() {
		this.clock.set(ASKED);
		UUID id = askPrivately("demo-employee", "Friskvård");
		this.clock.set(ASKED.plus(Duration.ofMinutes(9)));
		post("demo-enhet-manager", "/api/v1/questions/{id}/answers", Map.of("body", "Ja."), id).expectStatus().isOk();

		Map<String, Object> question = question("demo-employee", id);
		assertThat(Instant.parse((String) question.get("askedAt"))).isEqualTo(ASKED);
		assertThat(times(question, "messages")).containsExactly(ASKED.plus(Duration.ofMinutes(9)));
		assertThat(storedTimes("select created_at from notification where link = '/?budkavle-question=' || :id", id))
			.contains(ASKED);
	}

	private Map<String, Object> question(String person, UUID id) {
		@SuppressWarnings("unchecked")
		Map<String, Object> question = get(person, "/api/v1/questions/{id}", id).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return question;
	}

	@SuppressWarnings("unchecked")
	private static List<Instant> times(Map<String, Object> question, String list) {
		return ((List<Map<String, Object>>) question.get(list)).stream()
			.map((entry) -> Instant.parse((String) entry.get("at")))
			.toList();
	}

	private List<Instant> storedTimes(String sql, UUID id) {
		return this.database.sql(sql)
			.bind("id", id.toString())
			.map((row) -> row.get(0, Instant.class))
			.all()
			.collectList()
			.block();
	}
}
