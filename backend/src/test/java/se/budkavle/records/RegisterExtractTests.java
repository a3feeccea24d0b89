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
 * The register extract (GDPR art. 15) of the demo employee lists every kind of data the hub holds about him and
 * nothing about anyone else; only the records role and admins make it, and each is audit-logged.
 */
@RecordsTest
class RegisterExtractTests {

	static final List<String> KINDS = List.of("memberships", "roles", "comments", "reactions", "reports", "questions",
			"audience", "acknowledgements", "notifications", "deliveries", "pushSubscriptions");

	@Autowired
	DatabaseClient database;

	RecordsFixture fixture;

	UUID employee;

	UUID post;

	@BeforeEach
	void theEmployeeAndAColleagueLeaveTracesOfEveryKind(@Autowired WebTestClient client,
			@Autowired DemoTokens tokens, @Autowired Organisation organisation, @Autowired DirectoryImports imports) {
		this.fixture = new RecordsFixture(client, this.database, tokens, organisation, imports);
		this.employee = this.fixture.person("employee");
		this.post = post();
		for (String key : List.of("employee", "colleague")) {
			WebTestClient person = this.fixture.as(key);
			person.get().uri("/api/v1/posts/{id}", this.post).exchange().expectStatus().isOk();
			person.put().uri("/api/v1/posts/{id}/acknowledgement", this.post).exchange().expectStatus().is2xxSuccessful();
			UUID comment = comment(person, "Kommentar av " + key);
			this.fixture.as("employee".equals(key) ? "colleague" : "employee").put()
				.uri("/api/v1/comments/{id}/reactions/LIKE", comment).exchange().expectStatus().is2xxSuccessful();
			this.fixture.as("employee".equals(key) ? "colleague" : "employee").post()
				.uri("/api/v1/comments/{id}/reports", comment).bodyValue(Map.of("reason", "Rapport om " + key))
				.exchange().expectStatus().is2xxSuccessful();
			person.post().uri("/api/v1/questions").bodyValue(Map.of("subject", "Fråga av " + key, "body", "Text av " + key,
					"anonymous", false, "visibility", "PRIVATE")).exchange().expectStatus().isCreated();
		}
		// A role for a unit these tests never touch, so that the employee holds one.
		this.fixture.sql("insert into role_grant (person_id, role, unit_id) select '" + this.employee
				+ "', 'HR', id from unit where external_id = 'hsf-forskola-solrosen' on conflict do nothing");
		for (String key : List.of("employee", "colleague")) {
			this.fixture.sql("insert into notification (recipient_id, kind, title, body, post_id, created_at) values ('"
					+ this.fixture.person(key) + "', 'POST', 'Ny nyhet', 'Avisering till " + key + "', '" + this.post
					+ "', now())");
		}
		this.fixture.sql("""
				insert into delivery (channel, notification_id, person_id, status, next_attempt_at, created_at, updated_at)
				select 'EMAIL', n.id, n.recipient_id, 'SENT', now(), now(), now() from notification n
				where n.recipient_id in ('%s', '%s') and not exists (select 1 from delivery d where d.notification_id = n.id)"""
			.formatted(this.employee, this.fixture.person("colleague")));
		for (String key : List.of("employee", "colleague")) {
			this.fixture.sql("insert into web_push_subscription (person_id, endpoint, p256dh, auth, created_at) values ('"
					+ this.fixture.person(key) + "', 'https://push.extract.test/" + key + "', 'k', 'a', now()) "
					+ "on conflict (endpoint) do nothing");
		}
	}

	@Test
	void theDemoEmployeesExtractListsEveryKindOfDataAndNothingAboutAnyoneElse() throws IOException {
		// The directory may give a phone number (issue 14); the extract lists it with the rest of the directory data.
		this.fixture.sql("update person set phone = '+46701740605' where id = '" + this.employee + "'");
		String json = this.fixture.as("registrator").get().uri("/api/v1/records/people/{id}/extract", this.employee)
			.exchange().expectStatus().isOk().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody(String.class).returnResult().getResponseBody();
		Map<?, ?> extract = this.fixture.json(json);
		assertThat(((Map<?, ?>) extract.get("person")).get("displayName")).isEqualTo("Ahmed Hassan");
		assertThat(((Map<?, ?>) extract.get("person")).get("phone")).isEqualTo("+46701740605");
		assertThat(KINDS).allSatisfy((kind) -> assertThat((List<?>) extract.get(kind)).as(kind).isNotEmpty());
		assertThat(json).contains("Kommentar av employee", "Fråga av employee", "Text av employee", "Rapport om colleague",
				"Avisering till employee", "https://push.extract.test/employee");
		for (String other : List.of("colleague", "enhet-manager", "avdelning-manager", "registrator", "admin")) {
			assertThat(json).as(other).doesNotContain(this.fixture.person(other).toString());
		}
		assertThat(json).doesNotContain("Sofia Nilsson", "Maria Holm", "Kommentar av colleague", "Fråga av colleague",
				"Text av colleague", "Rapport om employee", "Avisering till colleague",
				"https://push.extract.test/colleague");
		assertThat(extract.get("note").toString()).contains("Anonymous questions");

		byte[] pdf = this.fixture.as("registrator").get()
			.uri("/api/v1/records/people/{id}/extract?format=pdf", this.employee).exchange().expectStatus().isOk()
			.expectHeader().contentType(MediaType.APPLICATION_PDF).expectBody(byte[].class).returnResult()
			.getResponseBody();
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Registerutdrag: Ahmed Hassan", "Kommentar av employee", "Kvittenser",
					"Fråga av employee").doesNotContain("Sofia Nilsson", "Kommentar av colleague");
		}
		assertThat(this.fixture.count("select count(*) from audit_entry where action = 'records.extracted' and subject = 'person:"
				+ this.employee + "'")).isPositive();
	}

	@Test
	void onlyTheRecordsRoleAndAdminsMakeExtractsAndUnknownPeopleAreNotFound() {
		for (String key : List.of("employee", "enhet-manager", "hr")) {
			this.fixture.as(key).get().uri("/api/v1/records/people/{id}/extract", this.employee).exchange()
				.expectStatus().isForbidden();
		}
		this.fixture.as("admin").get().uri("/api/v1/records/people/{id}/extract", this.employee).exchange()
			.expectStatus().isOk();
		this.fixture.as("registrator").get().uri("/api/v1/records/people/{id}/extract", UUID.randomUUID()).exchange()
			.expectStatus().isNotFound().expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:person-not-found");
		this.fixture.as("registrator").get().uri("/api/v1/records/people/{id}/extract?format=xml", this.employee)
			.exchange().expectStatus().isBadRequest();
	}

	private UUID post() {
		Map<?, ?> created = this.fixture.as("enhet-manager").post().uri("/api/v1/posts")
			.bodyValue(Map.of("title", "Kvittera schemat", "body", "Läs och kvittera", "acknowledgement",
					Map.of("required", true), "targets",
					List.of(Map.of("unitId", this.fixture.unit("hsf-aldre-hemtjanst-syd"), "includeSubunits", true))))
			.exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
		return UUID.fromString((String) created.get("id"));
	}

	private UUID comment(WebTestClient person, String body) {
		Map<?, ?> created = person.post().uri("/api/v1/posts/{id}/comments", this.post).bodyValue(Map.of("body", body))
			.exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
		return UUID.fromString((String) created.get("id"));
	}
}
