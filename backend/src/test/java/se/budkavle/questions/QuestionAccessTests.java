package se.budkavle.questions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Who may ask where, read, answer, close, upvote and list: the asker, the managers asked (deputies included), the
 * unit for UNIT questions, and nobody else — HR and administrators included.
 */
class QuestionAccessTests extends QuestionsFixture {

	@Test
	void aQuestionGoesToTheManagersOfTheAskersOwnUnitOrAUnitAboveAndNowhereElse() {
		ask("demo-employee", Map.of("subject", "Hej", "body", "Fråga", "anonymous", false, "visibility", "PRIVATE"));
		get("demo-employee", "/api/v1/questions?box=mine").expectStatus().isOk().expectBody()
			// Arbetsgrupp A has no manager of its own: the nearest unit above with one is Hemtjänst Syd
			.jsonPath("$.items[0].unit.name").isEqualTo("Hemtjänst Syd")
			.jsonPath("$.items[0].asker.name").isEqualTo("Ahmed Hassan");
		post("demo-employee", "/api/v1/questions", Map.of("subject", "Upp", "body", "Till avdelningen",
				"unitId", unit("hsf-aldre"), "visibility", "PRIVATE"))
			.expectStatus().isCreated().expectBody().jsonPath("$.unit.name").isEqualTo("Äldreomsorg");
		post("demo-employee", "/api/v1/questions", Map.of("subject", "Fel", "body", "Till förskolan",
				"unitId", unit("hsf-forskola"), "visibility", "PRIVATE"))
			.expectStatus().isForbidden().expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:forbidden");
		// a manager's question goes to the unit above the one they lead
		post("demo-enhet-manager", "/api/v1/questions", Map.of("subject", "Chef frågar", "body", "?"))
			.expectStatus().isCreated().expectBody().jsonPath("$.unit.name").isEqualTo("Äldreomsorg");
	}

	@Test
	void aPrivateQuestionIsSeenByTheAskerAndTheManagersAskedOnly() {
		UUID id = askPrivately("demo-employee", "Privat");
		for (String person : List.of("demo-employee", "demo-enhet-manager", "demo-deputy")) {
			get(person, "/api/v1/questions/{id}", id).expectStatus().isOk();
		}
		for (String person : List.of("demo-colleague", "demo-outsider", "demo-hr", "demo-admin",
				"demo-avdelning-manager")) {
			get(person, "/api/v1/questions/{id}", id).expectStatus().isNotFound();
			post(person, "/api/v1/questions/{id}/answers", Map.of("body", "x"), id).expectStatus().isNotFound();
			post(person, "/api/v1/questions/{id}/closure", Map.of(), id).expectStatus().isNotFound();
			put(person, "/api/v1/questions/{id}/upvote", id).expectStatus().isNotFound();
		}
		this.client.get().uri("/api/v1/questions/{id}", id).exchange().expectStatus().isUnauthorized();
		this.client.get().uri("/api/v1/questions").exchange().expectStatus().isUnauthorized();
		this.client.get().uri("/api/v1/questions/stats?unitId={u}", unit("hsf")).exchange().expectStatus()
			.isUnauthorized();
	}

	@Test
	void recipientsAnswerTheAskerRepliesAndEitherSideCloses() {
		UUID id = askPrivately("demo-employee", "Tråd");
		post("demo-deputy", "/api/v1/questions/{id}/answers", Map.of("body", "Svar från ställföreträdaren"), id)
			.expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("ANSWERED");
		post("demo-employee", "/api/v1/questions/{id}/answers", Map.of("body", "Följdfråga"), id)
			.expectStatus().isOk().expectBody()
			.jsonPath("$.state").isEqualTo("OPEN")
			.jsonPath("$.messages[1].author.name").isEqualTo("Ahmed Hassan")
			.jsonPath("$.messages[1].byAsker").isEqualTo(true);
		post("demo-enhet-manager", "/api/v1/questions/{id}/answers", Map.of("body", "Svar"), id).expectStatus().isOk();
		get("demo-employee", "/api/v1/questions?box=mine&state=ANSWERED").expectStatus().isOk().expectBody()
			.jsonPath("$.items[0].id").isEqualTo(id.toString())
			.jsonPath("$.items[0].messageCount").isEqualTo(3);
		post("demo-enhet-manager", "/api/v1/questions/{id}/closure", Map.of(), id).expectStatus().isOk()
			.expectBody().jsonPath("$.state").isEqualTo("CLOSED");
		post("demo-employee", "/api/v1/questions/{id}/answers", Map.of("body", "Sent"), id).expectStatus()
			.isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:question-closed");
	}

	@Test
	void aUnitQuestionIsAQAndAForTheUnitWhoUpvoteOnceButDoNotTakePart() {
		UUID id = askTheUnit("demo-employee", "Ny kaffemaskin?");
		get("demo-colleague", "/api/v1/questions?box=unit").expectStatus().isOk().expectBody()
			.jsonPath("$.items[0].id").isEqualTo(id.toString());
		get("demo-outsider", "/api/v1/questions?box=unit").expectStatus().isOk().expectBody()
			.jsonPath("$.items").isEmpty();
		get("demo-outsider", "/api/v1/questions/{id}", id).expectStatus().isNotFound();
		put("demo-colleague", "/api/v1/questions/{id}/upvote", id).expectStatus().isOk().expectBody()
			.jsonPath("$.upvotes").isEqualTo(1).jsonPath("$.upvoted").isEqualTo(true);
		put("demo-colleague", "/api/v1/questions/{id}/upvote", id).expectStatus().isOk().expectBody()
			.jsonPath("$.upvotes").isEqualTo(1);
		put("demo-enhet-manager", "/api/v1/questions/{id}/upvote", id).expectStatus().isOk().expectBody()
			.jsonPath("$.upvotes").isEqualTo(2);
		this.client.delete().uri("/api/v1/questions/{id}/upvote", id)
			.headers((h) -> h.setBearerAuth(token("demo-colleague"))).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.upvotes").isEqualTo(1).jsonPath("$.upvoted").isEqualTo(false);
		post("demo-colleague", "/api/v1/questions/{id}/answers", Map.of("body", "Jag svarar"), id).expectStatus()
			.isForbidden();
		post("demo-colleague", "/api/v1/questions/{id}/closure", Map.of(), id).expectStatus().isForbidden();
		get("demo-colleague", "/api/v1/questions/{id}", id).expectStatus().isOk().expectBody()
			.jsonPath("$.permissions.answer").isEqualTo(false)
			.jsonPath("$.permissions.upvote").isEqualTo(true);
		UUID privately = askPrivately("demo-employee", "Privat");
		put("demo-employee", "/api/v1/questions/{id}/upvote", privately).expectStatus().isEqualTo(409);
	}

	@Test
	void theInboxListsWhatTheViewerHoldsAndPagesThroughIt() {
		UUID first = askPrivately("demo-employee", "Ett");
		this.clock.advance(java.time.Duration.ofMinutes(1));
		UUID second = askPrivately("demo-colleague", "Två");
		get("demo-outsider", "/api/v1/questions?box=inbox").expectStatus().isOk().expectBody()
			.jsonPath("$.items").isEmpty();
		get("demo-hr", "/api/v1/questions?box=inbox").expectStatus().isOk().expectBody().jsonPath("$.items").isEmpty();
		@SuppressWarnings("unchecked")
		Map<String, Object> page = get("demo-deputy", "/api/v1/questions?box=inbox&limit=1").expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		org.assertj.core.api.Assertions.assertThat(((List<Map<String, Object>>) page.get("items")).get(0).get("id"))
			.isEqualTo(second.toString());
		get("demo-deputy", "/api/v1/questions?box=inbox&limit=1&after={next}", page.get("next")).expectStatus().isOk()
			.expectBody().jsonPath("$.items[0].id").isEqualTo(first.toString()).jsonPath("$.next").isEmpty();
		get("demo-deputy", "/api/v1/questions?box=everything").expectStatus().isBadRequest();
	}

	@Test
	void emptyOrOversizeTextIsUnprocessableAndNothingIsStored() {
		post("demo-employee", "/api/v1/questions", Map.of("subject", " ", "body", "x".repeat(10_001)))
			.expectStatus().isEqualTo(422).expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-request")
			.jsonPath("$.errors[*].field").isEqualTo(List.of("subject", "body"));
		UUID id = askPrivately("demo-employee", "Giltig");
		post("demo-enhet-manager", "/api/v1/questions/{id}/answers", Map.of("body", ""), id).expectStatus()
			.isEqualTo(422);
		post("demo-enhet-manager", "/api/v1/questions/{id}/forwards", Map.of("to", "MANAGER", "note", "n".repeat(1001)),
				id).expectStatus().isEqualTo(422);
		get("demo-enhet-manager", "/api/v1/questions/{id}", id).expectBody().jsonPath("$.messages").isEmpty()
			.jsonPath("$.unit.name").isEqualTo("Hemtjänst Syd");
	}

	@Test
	void morePerDayThanTheLimitIsRefusedAnonymousQuestionsIncluded() {
		askPrivately("demo-employee", "1");
		ask("demo-employee", Map.of("subject", "2", "body", "x", "anonymous", true, "visibility", "PRIVATE"));
		askPrivately("demo-employee", "3");
		post("demo-employee", "/api/v1/questions", Map.of("subject", "4", "body", "x", "anonymous", true))
			.expectStatus().isEqualTo(429)
			.expectHeader().valueEquals("Retry-After", String.valueOf(15 * 3600))
			.expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:too-many-requests");
		post("demo-employee", "/api/v1/questions", Map.of("subject", "4", "body", "x")).expectStatus().isEqualTo(429);
		// the refused anonymous question left no count behind, and others still may ask
		askPrivately("demo-colleague", "Annan person");
		this.clock.advance(java.time.Duration.ofHours(15));
		askPrivately("demo-employee", "Ny dag");
	}
}
