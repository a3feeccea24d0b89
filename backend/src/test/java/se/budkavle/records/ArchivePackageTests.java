package se.budkavle.records;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * The e-archive submission package: a period's posts (every version, hidden and deleted comments) and questions (an
 * anonymous one without an asker) as an E-ARK SIP that passes the structural check, METS, PREMIS and EAD naming every
 * file with its size and SHA-256, each record as PDF/A-2b and JSON; a changed byte fails the check; made and read only
 * by the records role and admins, audit-logged, and bad input a clear problem.
 */
@RecordsTest
class ArchivePackageTests {

	@Autowired
	DatabaseClient database;

	RecordsFixture fixture;

	// made once for the class: comments are rate-limited per person, and the records tests share one context
	static String word;

	static UUID post;

	static UUID hidden;

	static UUID deleted;

	static UUID question;

	static Instant published;

	@BeforeEach
	void aPostWithTwoVersionsAHiddenAndADeletedCommentAndAnAnonymousQuestion(@Autowired WebTestClient client,
			@Autowired DemoTokens tokens, @Autowired Organisation organisation, @Autowired DirectoryImports imports) {
		this.fixture = new RecordsFixture(client, this.database, tokens, organisation, imports);
		if (post != null) {
			return;
		}
		word = "Arkiv" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
		post = post(word + " första", "Första texten");
		edit(post, word + " andra", "Andra texten");
		hidden = comment("colleague", "Ring mig på 070-123 45 67");
		this.fixture.as("enhet-manager").post().uri("/api/v1/comments/{id}/moderation", hidden)
			.bodyValue(Map.of("action", "HIDE", "reason", "Personuppgifter")).exchange().expectStatus().isOk();
		deleted = comment("employee", "Fel tråd, förlåt");
		this.fixture.as("employee").delete().uri("/api/v1/comments/{id}", deleted).exchange()
			.expectStatus().is2xxSuccessful();
		published = this.database.sql("select published_at from post where id = :id").bind("id", post)
			.map((row) -> row.get(0, Instant.class)).one().block();
		question = anonymousQuestion(published, word + " fråga");
	}

	@Test
	void thePackageOfAPeriodHoldsEveryRequiredFileAndPassesTheStructuralCheck() throws Exception {
		String location = this.fixture.as("registrator").post().uri("/api/v1/records/archive-packages")
			.bodyValue(period(published.minus(1, ChronoUnit.MINUTES), published.plus(1, ChronoUnit.MINUTES),
					this.fixture.unit("hsf-aldre-hemtjanst-syd")))
			.exchange().expectStatus().isCreated().expectBody().jsonPath("$.id").isNotEmpty()
			.jsonPath("$.records").value((Integer records) -> assertThat(records).isGreaterThanOrEqualTo(2))
			.returnResult().getResponseHeaders().getLocation().toString();
		String id = location.substring(location.lastIndexOf('/') + 1);

		byte[] zip = this.fixture.as("registrator").get().uri(location).exchange().expectStatus().isOk()
			.expectHeader().contentType("application/zip").expectBody(byte[].class).returnResult().getResponseBody();

		assertThat(SipValidator.problems(zip)).isEmpty();
		Map<String, byte[]> files = SipValidator.files(zip);
		assertThat(files).containsKeys("METS.xml", "metadata/preservation/premis.xml", "metadata/descriptive/ead.xml",
				"representations/rep1/METS.xml", "representations/rep1/data/post-" + post + ".pdf",
				"representations/rep1/data/post-" + post + ".json",
				"representations/rep1/data/question-" + question + ".pdf",
				"representations/rep1/data/question-" + question + ".json");
		String mets = new String(files.get("METS.xml"), StandardCharsets.UTF_8);
		assertThat(mets).contains("OBJID=\"budkavle-sip-" + id + "\"", "<mets:name>Stadsdelsförvaltningen (demo)</mets:name>",
				"212000-0000", "<mets:name>Budkavle</mets:name>");
		assertThat(this.fixture.count("select count(*) from audit_entry where action = 'records.archived' and subject = "
				+ "'archive-package:" + id + "' and actor_id = '" + this.fixture.person("registrator") + "'")).isEqualTo(1);
		this.fixture.as("registrator").get().uri("/api/v1/records/archive-packages").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.items[?(@.id == '" + id + "')].records").isNotEmpty();
	}

	@Test
	void eachRecordIsThereAsJsonWithEveryVersionAndAsAReadablePdf() throws Exception {
		Map<String, byte[]> files = SipValidator.files(archive());
		Map<?, ?> postJson = this.fixture.json(new String(files.get("representations/rep1/data/post-" + post + ".json"),
				StandardCharsets.UTF_8));
		assertThat((List<?>) postJson.get("versions")).hasSize(2);
		assertThat(postJson.toString()).contains("Första texten", "Andra texten", "editedBy", "Maria Holm");
		assertThat((List<?>) postJson.get("comments")).extracting((comment) -> (Object) ((Map<?, ?>) comment).get("state"))
			.contains("HIDDEN", "DELETED");
		assertThat(postJson.toString()).contains("Personuppgifter", "Ahmed Hassan");
		Map<?, ?> questionJson = this.fixture.json(new String(
				files.get("representations/rep1/data/question-" + question + ".json"), StandardCharsets.UTF_8));
		assertThat(questionJson.get("anonymous")).isEqualTo(true);
		assertThat(questionJson.get("asker")).isNull();
		assertThat((String) questionJson.get("note")).contains("no asker can be disclosed");
		assertThat(text(files.get("representations/rep1/data/post-" + post + ".pdf"))).contains("Version 1",
				"Första texten", "Version 2", "Andra texten", "Ring mig på 070-123 45 67", "Personuppgifter",
				"Raderad");
		assertThat(text(files.get("representations/rep1/data/question-" + question + ".pdf"))).contains("(anonym)",
				"ingen frågeställare");
	}

	@Test
	void aPackageWithOneByteChangedFailsTheCheck() throws Exception {
		byte[] zip = archive();
		String pdf = "representations/rep1/data/post-" + post + ".pdf";
		assertThat(SipValidator.problems(zip)).isEmpty();

		assertThat(SipValidator.problems(SipValidator.withOneByteChanged(zip, pdf, 400)))
			.contains(pdf + ": the CHECKSUM does not match the file's SHA-256",
					pdf + ": the PREMIS fixity does not match the file's SHA-256");
		assertThat(SipValidator.problems(SipValidator.withOneByteChanged(zip, "representations/rep1/METS.xml", 200)))
			.contains("representations/rep1/METS.xml: the CHECKSUM does not match the file's SHA-256");
	}

	@Test
	void aPeriodWithMoreRecordsThanOnePackageMayHoldIsRefusedAskingForAShorterOne() {
		Instant day = Instant.parse("2004-01-01T00:00:00Z").plus(System.nanoTime() % 3000, ChronoUnit.DAYS);
		UUID unit = this.fixture.unit("hsf-aldre-hemtjanst-syd");
		try {
			this.database.sql("""
					insert into question (subject, body, anonymous, follow_up_key_hash, visibility, asked_unit_id,
					                      unit_id, state, asked_at, answer_due_at)
					select :subject, 'Fråga', true, decode(md5(random()::text || n), 'hex'), 'PRIVATE', :unit, :unit,
					       'OPEN', :at, :at
					from generate_series(1, 101) n""")
				.bind("subject", word + " många").bind("unit", unit).bind("at", day).then().block();
			this.fixture.as("registrator").post().uri("/api/v1/records/archive-packages")
				.bodyValue(period(day, day.plus(1, ChronoUnit.DAYS), unit)).exchange()
				.expectStatus().isEqualTo(422).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody().jsonPath("$.type").value((String type) -> assertThat(type).endsWith("archive-too-large"))
				.jsonPath("$.detail").value((String detail) -> assertThat(detail).contains("narrow the period"));
		}
		finally {
			this.database.sql("delete from question where subject = :subject").bind("subject", word + " många")
				.then().block();
		}
	}

	@Test
	void onlyTheRecordsRoleAndAdminsMakeAndReadPackagesAndBadInputIsAClearProblem() {
		Instant from = published.minus(1, ChronoUnit.MINUTES);
		Instant to = published.plus(1, ChronoUnit.MINUTES);
		for (String key : List.of("employee", "enhet-manager", "communicator")) {
			this.fixture.as(key).post().uri("/api/v1/records/archive-packages").bodyValue(period(from, to, null))
				.exchange().expectStatus().isForbidden();
			this.fixture.as(key).get().uri("/api/v1/records/archive-packages").exchange().expectStatus().isForbidden();
		}
		this.fixture.as("admin").post().uri("/api/v1/records/archive-packages")
			.bodyValue(period(from, to, this.fixture.unit("hsf-aldre-hemtjanst-syd"))).exchange()
			.expectStatus().isCreated();
		WebTestClient registrator = this.fixture.as("registrator");
		registrator.post().uri("/api/v1/records/archive-packages").bodyValue(period(to, from, null)).exchange()
			.expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
		registrator.post().uri("/api/v1/records/archive-packages").bodyValue(period(from, to, UUID.randomUUID()))
			.exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("unitId");
		registrator.post().uri("/api/v1/records/archive-packages")
			.bodyValue(period(Instant.parse("2001-01-01T00:00:00Z"), Instant.parse("2020-01-01T00:00:00Z"), null))
			.exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
		registrator.post().uri("/api/v1/records/archive-packages").bodyValue(Map.of("to", to.toString())).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
		registrator.get().uri("/api/v1/records/archive-packages/{id}", UUID.randomUUID()).exchange().expectStatus()
			.isNotFound().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private byte[] archive() {
		String location = this.fixture.as("registrator").post().uri("/api/v1/records/archive-packages")
			.bodyValue(period(published.minus(1, ChronoUnit.MINUTES), published.plus(1, ChronoUnit.MINUTES),
					this.fixture.unit("hsf-aldre-hemtjanst-syd")))
			.exchange().expectStatus().isCreated().expectBody().returnResult().getResponseHeaders().getLocation()
			.toString();
		return this.fixture.as("registrator").get().uri(location).exchange().expectStatus().isOk()
			.expectBody(byte[].class).returnResult().getResponseBody();
	}

	private static Map<String, Object> period(Instant from, Instant to, UUID unit) {
		return (unit != null) ? Map.of("from", from.toString(), "to", to.toString(), "unitId", unit)
				: Map.of("from", from.toString(), "to", to.toString());
	}

	private UUID anonymousQuestion(Instant at, String subject) {
		UUID unit = this.fixture.unit("hsf-aldre-hemtjanst-syd");
		UUID id = this.database.sql("""
				insert into question (subject, body, anonymous, follow_up_key_hash, visibility, asked_unit_id, unit_id,
				                      state, asked_at, answer_due_at)
				values (:subject, 'Varför flyttas arkivet?', true, decode(md5(random()::text), 'hex'), 'PRIVATE', :unit,
				        :unit, 'ANSWERED', :at, :at)
				returning id""")
			.bind("subject", subject).bind("unit", unit).bind("at", at).map((row) -> row.get(0, UUID.class)).one()
			.block();
		this.database.sql("""
				insert into question_message (question_id, author_id, by_asker, body, created_at)
				values (:question, :manager, false, 'Det flyttas i vår.', :at)""")
			.bind("question", id).bind("manager", this.fixture.person("enhet-manager")).bind("at", at).then().block();
		return id;
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
		Map<?, ?> created = this.fixture.as(key).post().uri("/api/v1/posts/{id}/comments", post)
			.bodyValue(Map.of("body", body)).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
			.getResponseBody();
		return UUID.fromString((String) created.get("id"));
	}

	private static String text(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
