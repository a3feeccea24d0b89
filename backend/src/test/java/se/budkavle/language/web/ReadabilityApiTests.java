package se.budkavle.language.web;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.OrgTables;
import se.budkavle.org.Organisation;
import se.budkavle.org.TestDirectory;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.application.name=budkavle-language-tests")
@AutoConfigureWebTestClient
class ReadabilityApiTests {

	private static final String READABILITY = "/api/v1/language/readability";

	@Autowired
	WebTestClient client;

	String token;

	@BeforeEach
	void signInAnEmployee(@Autowired DirectoryImports imports, @Autowired DatabaseClient database,
			@Autowired DemoTokens tokens, @Autowired Organisation organisation) {
		new OrgTables(database).clear();
		imports.applyFile(TestDirectory.demo().toString(), "test", null).block();
		this.token = tokens.issue(organisation.personByExternalId("demo-employee").block(), Set.of()).accessToken();
	}

	@Test
	void anySignedInPersonGetsLixLevelCountsLongSentencesAndFlaggedWords() {
		String longSentence = "Vi " + "ord ".repeat(25) + "slut.";
		check(Map.of("text", "Du erhåller **svar** nyheten. " + longSentence, "language", "sv")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.words").isEqualTo(31)
			.jsonPath("$.sentences").isEqualTo(2)
			.jsonPath("$.longWords").isEqualTo(2)
			// 31/2 + 100·2/31 = 15.5 + 6.45
			.jsonPath("$.lix").isEqualTo(22.0)
			.jsonPath("$.level").isEqualTo("VERY_EASY")
			.jsonPath("$.longSentences.length()").isEqualTo(1)
			.jsonPath("$.longSentences[0].text").isEqualTo(longSentence)
			.jsonPath("$.longSentences[0].words").isEqualTo(27)
			.jsonPath("$.flaggedWords[0].word").isEqualTo("erhåller")
			.jsonPath("$.flaggedWords[0].count").isEqualTo(1)
			.jsonPath("$.flaggedWords[0].suggestion").isEqualTo("får");
	}

	@Test
	void anEmptyTextGivesZeroesNotAnError() {
		check(Map.of("text", "", "language", "en")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.lix").isEqualTo(0.0)
			.jsonPath("$.words").isEqualTo(0)
			.jsonPath("$.sentences").isEqualTo(0)
			.jsonPath("$.level").isEqualTo("VERY_EASY")
			.jsonPath("$.longSentences").isEmpty()
			.jsonPath("$.flaggedWords").isEmpty();
	}

	@Test
	void languageDefaultsToSwedish() {
		check(Map.of("text", "Vi erhöll svar.")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.flaggedWords[0].word").isEqualTo("erhöll");
	}

	@Test
	void aTextOverTwentyThousandCharactersIsRejectedAsInvalid() {
		check(Map.of("text", "a".repeat(20_001), "language", "sv")).expectStatus()
			.isEqualTo(422)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-request")
			.jsonPath("$.errors[0].field").isEqualTo("text");
		check(Map.of("text", "a".repeat(20_000), "language", "sv")).expectStatus().isOk();
	}

	@Test
	void aBodyFarOverTheLimitIsRefusedAsAClientErrorNotAServerError() {
		check(Map.of("text", "ord ".repeat(100_000), "language", "sv")).expectStatus().is4xxClientError();
	}

	@Test
	void anUnknownLanguageIsRejectedNamingTheField() {
		check(Map.of("text", "Hej.", "language", "fi")).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-request")
			.jsonPath("$.errors[0].field").isEqualTo("language");
	}

	@Test
	void aMissingTextOrABodyThatIsNotJsonIsABadRequest() {
		check(Map.of("language", "sv")).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("text");
		this.client.post()
			.uri(READABILITY)
			.headers((headers) -> headers.setBearerAuth(this.token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{not json")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-request");
	}

	@Test
	void withoutATokenTheCheckIsRefused() {
		this.client.post()
			.uri(READABILITY)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", "Hej.", "language", "sv"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private WebTestClient.ResponseSpec check(Map<String, String> body) {
		return this.client.post()
			.uri(READABILITY)
			.headers((headers) -> headers.setBearerAuth(this.token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}
}
