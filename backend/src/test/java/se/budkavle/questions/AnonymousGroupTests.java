package se.budkavle.questions;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.budkavle.org.DirectoryImports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anonymous question goes to, and is labelled with, the nearest unit above the asker whose subtree has at least
 * k = 5 active people, never a smaller one, and the asker can see where before sending; named questions keep going
 * to the nearest manager.
 */
class AnonymousGroupTests extends QuestionsFixture {

	@Autowired
	DirectoryImports imports;

	@Test
	void anAnonymousQuestionFromAOnePersonGroupIsLabelledWithTheNearestUnitOfFivePeople() {
		// Arbetsgrupp A has one person; Hemtjänst Syd, above it, has five
		Map<String, Object> created = askAnonymously(null);
		assertThat(label(created, "askedUnit")).isEqualTo(unit("hsf-aldre-hemtjanst-syd"));
		assertThat(label(created, "unit")).isEqualTo(unit("hsf-aldre-hemtjanst-syd"));
		get("demo-enhet-manager", "/api/v1/questions/{id}", created.get("id")).expectStatus().isOk();
	}

	@Test
	void anAnonymousQuestionNeverGoesToAUnitOfFewerThanFiveWhileANamedOneStillDoes() {
		hemtjänstSydWithFourPeople();
		Map<String, Object> anonymous = askAnonymously(null);
		assertThat(label(anonymous, "askedUnit")).as("labelled at Äldreomsorg, five people")
			.isEqualTo(unit("hsf-aldre"));
		assertThat(label(anonymous, "unit")).isEqualTo(unit("hsf-aldre"));
		get("demo-avdelning-manager", "/api/v1/questions/{id}", anonymous.get("id")).expectStatus().isOk();
		get("demo-enhet-manager", "/api/v1/questions/{id}", anonymous.get("id")).expectStatus().isNotFound();

		Map<String, Object> naming = askAnonymously(unit("hsf-aldre-hemtjanst-syd"));
		assertThat(label(naming, "askedUnit")).as("the small unit the asker named is passed over")
			.isEqualTo(unit("hsf-aldre"));

		Map<String, Object> named = ask("demo-employee",
				Map.of("subject", "Schemat", "body", "Vad gäller?", "anonymous", false, "visibility", "PRIVATE"));
		assertThat(label(named, "askedUnit")).as("a named question keeps going to the nearest manager")
			.isEqualTo(unit("hsf-aldre-hemtjanst-syd"));
	}

	@Test
	void theAskerLearnsBeforeSendingWhereAnAnonymousQuestionWouldBeLabelledAndThatTheirGroupIsSmall() {
		get("demo-employee", "/api/v1/questions/anonymity").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.ownUnit.id").isEqualTo(unit("hsf-aldre-hemtjanst-syd-a").toString())
			.jsonPath("$.ownUnit.name").isEqualTo("Arbetsgrupp A")
			.jsonPath("$.ownUnitSmall").isEqualTo(true)
			.jsonPath("$.labelledAt.name").isEqualTo("Hemtjänst Syd")
			.jsonPath("$.minimumGroupSize").isEqualTo(5);
		get("demo-colleague", "/api/v1/questions/anonymity").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.ownUnitSmall").isEqualTo(false)
			.jsonPath("$.labelledAt.id").isEqualTo(unit("hsf-aldre-hemtjanst-syd").toString());

		hemtjänstSydWithFourPeople();
		get("demo-colleague", "/api/v1/questions/anonymity?unit={unit}", unit("hsf-aldre-hemtjanst-syd"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.ownUnitSmall").isEqualTo(true)
			.jsonPath("$.labelledAt.id").isEqualTo(unit("hsf-aldre").toString());
		get("demo-employee", "/api/v1/questions/anonymity?unit={unit}", unit("hsf-forskola")).expectStatus()
			.isForbidden();
		get("demo-employee", "/api/v1/questions/anonymity?unit=not-a-unit").expectStatus().isBadRequest();
	}

	@Test
	void withNoUnitOfFiveAboveTheAskerAnAnonymousQuestionIsRefusedAndNothingIsStored() {
		// everyone but Hemtjänst Syd's four moves out of Hägersten-Älvsjö's tree, which has no other manager above
		this.imports.applyFile(directory().without("manager:hsf/demo-director")
			.without("manager:hsf-aldre/demo-avdelning-manager")
			.person("demo-syd-fifth", "Lina Berg", "Undersköterska", "hsf-adm")
			.toString(), "test", null).block();
		get("demo-employee", "/api/v1/questions/anonymity").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.ownUnitSmall").isEqualTo(true)
			.jsonPath("$.labelledAt").isEmpty();
		post("demo-employee", "/api/v1/questions",
				Map.of("subject", "Schemat", "body", "Vad gäller?", "anonymous", true, "visibility", "PRIVATE"))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:no-anonymous-recipient");
		assertThat(this.database.sql("select count(*) from question").map((row) -> row.get(0, Long.class)).one().block())
			.isZero();
	}

	private void hemtjänstSydWithFourPeople() {
		this.imports.applyFile(directory().person("demo-syd-fifth", "Lina Berg", "Undersköterska", "hsf-adm").toString(),
				"test", null).block();
	}

	private Map<String, Object> askAnonymously(UUID unitId) {
		Map<String, Object> question = new HashMap<>(
				Map.of("subject", "Schemat i jul", "body", "Varför ändras schemat?", "anonymous", true,
						"visibility", "PRIVATE"));
		if (unitId != null) {
			question.put("unitId", unitId.toString());
		}
		return ask("demo-employee", question);
	}

	@SuppressWarnings("unchecked")
	private static UUID label(Map<String, Object> question, String field) {
		return UUID.fromString((String) ((Map<String, Object>) question.get(field)).get("id"));
	}
}
