package se.budkavle.records;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.Organisation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disclosure on request: the records role finds posts by any version, comments in every state, questions and answers,
 * and hands them out as a package with every version and who/when/why, as JSON for the record and PDF for reading;
 * the search and each package are audit-logged.
 */
@RecordsTest
class DisclosureOnRequestTests {

	@Autowired
	DatabaseClient database;

	RecordsFixture fixture;

	String word;

	UUID post;

	UUID hidden;

	UUID deleted;

	@BeforeEach
	void aPostWithTwoVersionsAHiddenAndADeletedComment(@Autowired WebTestClient client, @Autowired DemoTokens tokens,
			@Autowired Organisation organisation, @Autowired DirectoryImports imports) {
		this.fixture = new RecordsFixture(client, this.database, tokens, organisation, imports);
		this.word = "Schema" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
		this.post = post(this.word + " gammalt", "Första texten");
		edit(this.post, "Nytt schema", "Andra texten");
		this.hidden = comment("colleague", "Ring mig på 070-123 45 67");
		this.fixture.as("enhet-manager").post().uri("/api/v1/comments/{id}/moderation", this.hidden)
			.bodyValue(Map.of("action", "HIDE", "reason", "Personuppgifter")).exchange().expectStatus().isOk();
		this.deleted = comment("employee", "Fel tråd, förlåt");
		this.fixture.as("employee").delete().uri("/api/v1/comments/{id}", this.deleted).exchange()
			.expectStatus().is2xxSuccessful();
	}

	@Test
	void theSearchFindsAPostByAnEarlierVersionAndItsCommentsMarkedHiddenAndDeleted() {
		List<Map<String, Object>> posts = search("text=" + this.word + "&types=post");
		assertThat(posts).singleElement().satisfies((found) -> {
			assertThat(found).containsEntry("type", "post").containsEntry("id", this.post.toString())
				.containsEntry("title", "Nytt schema").containsEntry("state", "PUBLISHED").containsEntry("versions", 2);
		});
		assertThat(search("types=comment&unitId=" + this.fixture.unit("hsf-aldre") + "&authorId="
				+ this.fixture.person("colleague")))
			.filteredOn((found) -> this.hidden.toString().equals(found.get("id")))
			.singleElement().satisfies((found) -> assertThat(found).containsEntry("state", "HIDDEN"));
		assertThat(search("types=comment&text=Fel tråd")).extracting((found) -> found.get("id") + " "
				+ found.get("state")).contains(this.deleted + " DELETED");
		assertThat(search("text=" + this.word + "&unitId=" + this.fixture.unit("hsf-forskola"))).isEmpty();
		assertThat(this.fixture.count("select count(*) from audit_entry where action = 'records.searched' and reason like '%"
				+ this.word + "%' and actor_id = '" + this.fixture.person("registrator") + "'")).isPositive();
	}

	@Test
	void aDisclosureOfThePostHoldsEveryVersionAndWhoDidWhatWhenAndWhy() throws IOException {
		String location = this.fixture.as("registrator").post().uri("/api/v1/records/disclosures")
			.bodyValue(Map.of("items", List.of(Map.of("type", "post", "id", this.post)), "reference", "KS 2026/123"))
			.exchange().expectStatus().isCreated().expectBody().jsonPath("$.id").isNotEmpty().returnResult()
			.getResponseHeaders().getLocation().toString();

		this.fixture.as("registrator").get().uri(location + "?format=json").exchange().expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON).expectBody()
			.jsonPath("$.reference").isEqualTo("KS 2026/123")
			.jsonPath("$.createdBy.displayName").isEqualTo("Birgitta Holmgren")
			.jsonPath("$.items[0].versions.length()").isEqualTo(2)
			.jsonPath("$.items[0].versions[0].title").isEqualTo(this.word + " gammalt")
			.jsonPath("$.items[0].versions[0].body").isEqualTo("Första texten")
			.jsonPath("$.items[0].versions[0].editedBy.displayName").isEqualTo("Maria Holm")
			.jsonPath("$.items[0].versions[0].editedAt").isNotEmpty()
			.jsonPath("$.items[0].versions[1].title").isEqualTo("Nytt schema")
			.jsonPath("$.items[0].comments[?(@.id == '" + this.hidden + "')].state").isEqualTo("HIDDEN")
			.jsonPath("$.items[0].comments[?(@.id == '" + this.hidden + "')].versions[0].body")
			.isEqualTo("Ring mig på 070-123 45 67")
			.jsonPath("$.items[0].comments[?(@.id == '" + this.hidden + "')].moderation[0].reason")
			.isEqualTo("Personuppgifter")
			.jsonPath("$.items[0].comments[?(@.id == '" + this.hidden + "')].moderation[0].by.displayName")
			.isEqualTo("Maria Holm")
			.jsonPath("$.items[0].comments[?(@.id == '" + this.deleted + "')].state").isEqualTo("DELETED")
			.jsonPath("$.items[0].comments[?(@.id == '" + this.deleted + "')].versions[0].body")
			.isEqualTo("Fel tråd, förlåt")
			.jsonPath("$.items[0].comments[?(@.id == '" + this.deleted + "')].deletion.by.displayName")
			.isEqualTo("Ahmed Hassan")
			.jsonPath("$.items[0].comments[?(@.id == '" + this.deleted + "')].deletion.at").isNotEmpty();

		byte[] pdf = this.fixture.as("registrator").get().uri(location + "?format=pdf").exchange().expectStatus().isOk()
			.expectHeader().contentType(MediaType.APPLICATION_PDF).expectBody(byte[].class).returnResult()
			.getResponseBody();
		String text = text(pdf);
		assertThat(text).contains("KS 2026/123", "Version 1", this.word + " gammalt", "Första texten", "Version 2",
				"Nytt schema", "Andra texten", "Ring mig på 070-123 45 67", "Personuppgifter", "Fel tråd, förlåt",
				"Raderad", "Ahmed Hassan", "Maria Holm");
		String id = location.substring(location.lastIndexOf('/') + 1);
		assertThat(this.fixture.count("select count(*) from audit_entry where action = 'records.disclosed' and subject = 'disclosure:"
				+ id + "' and reason like 'KS 2026/123: post:" + this.post + "%'")).isEqualTo(1);
	}

	@Test
	void anAnonymousQuestionIsHandedOutWithoutAnAskerAndTheExportSaysSo() throws IOException {
		UUID question = anonymousQuestionAnswered();
		assertThat(search("types=question,answer&text=" + this.word)).extracting((found) -> found.get("type"))
			.containsExactlyInAnyOrder("question", "answer");
		String location = this.fixture.as("registrator").post().uri("/api/v1/records/disclosures")
			.bodyValue(Map.of("items", List.of(Map.of("type", "question", "id", question)))).exchange()
			.expectStatus().isCreated().expectBody().returnResult().getResponseHeaders().getLocation().toString();
		this.fixture.as("registrator").get().uri(location).exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.items[0].anonymous").isEqualTo(true)
			.jsonPath("$.items[0].asker").doesNotExist()
			.jsonPath("$.items[0].note").value((String note) -> assertThat(note).contains("no asker can be disclosed"))
			.jsonPath("$.items[0].messages[0].author.displayName").isEqualTo("Maria Holm");
		assertThat(text(this.fixture.as("registrator").get().uri(location + "?format=pdf").exchange()
			.expectBody(byte[].class).returnResult().getResponseBody())).contains("(anonym)", "ingen frågeställare");
	}

	@Test
	void onlyTheRecordsRoleAndAdminsSearchAndDiscloseAndBadInputIsAClearProblem() {
		for (String key : List.of("employee", "enhet-manager", "communicator")) {
			this.fixture.as(key).get().uri("/api/v1/records/search").exchange().expectStatus().isForbidden();
			this.fixture.as(key).post().uri("/api/v1/records/disclosures")
				.bodyValue(Map.of("items", List.of(Map.of("type", "post", "id", this.post)))).exchange()
				.expectStatus().isForbidden();
		}
		this.fixture.as("admin").get().uri("/api/v1/records/search?types=post").exchange().expectStatus().isOk();
		WebTestClient registrator = this.fixture.as("registrator");
		registrator.post().uri("/api/v1/records/disclosures")
			.bodyValue(Map.of("items", List.of(Map.of("type", "post", "id", UUID.randomUUID())))).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("items[0]");
		registrator.post().uri("/api/v1/records/disclosures")
			.bodyValue(Map.of("items", List.of(Map.of("type", "memo", "id", this.post)))).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("items[0].type");
		registrator.post().uri("/api/v1/records/disclosures").bodyValue(Map.of("items", List.of())).exchange()
			.expectStatus().isBadRequest();
		registrator.get().uri("/api/v1/records/search?types=memo").exchange().expectStatus().isBadRequest();
		registrator.get().uri("/api/v1/records/search?from=1800-01-01T00:00:00Z").exchange().expectStatus()
			.is4xxClientError();
		registrator.get().uri("/api/v1/records/disclosures/{id}", UUID.randomUUID()).exchange().expectStatus()
			.isNotFound().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		registrator.get().uri("/api/v1/records/disclosures/{id}?format=doc", UUID.randomUUID()).exchange()
			.expectStatus().isBadRequest();
	}

	private UUID anonymousQuestionAnswered() {
		UUID unit = this.fixture.unit("hsf-aldre-hemtjanst-syd");
		UUID question = this.database.sql("""
				insert into question (subject, body, anonymous, follow_up_key_hash, visibility, asked_unit_id, unit_id,
				                      state, asked_at, answer_due_at)
				values (:subject, 'Varför ändras schemat?', true, decode(md5(random()::text), 'hex'), 'PRIVATE', :unit,
				        :unit, 'ANSWERED', now(), now() + interval '3 days') returning id""")
			.bind("subject", this.word + " fråga").bind("unit", unit).map((row) -> row.get(0, UUID.class)).one().block();
		this.database.sql("""
				insert into question_message (question_id, author_id, by_asker, body, created_at)
				values (:question, :manager, false, :body, now())""")
			.bind("question", question).bind("manager", this.fixture.person("enhet-manager"))
			.bind("body", "Svar om " + this.word).then().block();
		return question;
	}

	private UUID post(String title, String body) {
		Map<?, ?> created = this.fixture.as("enhet-manager").post().uri("/api/v1/posts")
			.bodyValue(request(title, body)).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
			.getResponseBody();
		return UUID.fromString((String) created.get("id"));
	}

	private void edit(UUID id, String title, String body) {
		this.fixture.as("enhet-manager").put().uri("/api/v1/posts/{id}", id).header("If-Match", "\"1\"")
			.bodyValue(request(title, body)).exchange().expectStatus().isOk();
	}

	private Map<String, Object> request(String title, String body) {
		return Map.of("title", title, "body", body, "targets",
				List.of(Map.of("unitId", this.fixture.unit("hsf-aldre-hemtjanst-syd"), "includeSubunits", true)));
	}

	private UUID comment(String key, String body) {
		Map<?, ?> created = this.fixture.as(key).post().uri("/api/v1/posts/{id}/comments", this.post)
			.bodyValue(Map.of("body", body)).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
			.getResponseBody();
		return UUID.fromString((String) created.get("id"));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> search(String query) {
		Map<?, ?> page = this.fixture.as("registrator").get().uri("/api/v1/records/search?" + query).exchange()
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
		return (List<Map<String, Object>>) page.get("items");
	}

	private static String text(byte[] pdf) throws IOException {
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
