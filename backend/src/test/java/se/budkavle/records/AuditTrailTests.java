package se.budkavle.records;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail: append-only in the schema, written by the administrative and moderating actions, read by the
 * records role and admins (a records officer of a subtree only about its units), refused to everyone else.
 */
@RecordsTest
class AuditTrailTests {

	@Autowired
	DatabaseClient database;

	@Autowired
	Audit audit;

	RecordsFixture fixture;

	@BeforeEach
	void organisation(@Autowired WebTestClient client, @Autowired DemoTokens tokens,
			@Autowired Organisation organisation, @Autowired DirectoryImports imports) {
		this.fixture = new RecordsFixture(client, this.database, tokens, organisation, imports);
	}

	@Test
	void theApplicationsDatabaseRoleCannotUpdateDeleteOrTruncateAuditEntries() {
		String subject = "test:" + UUID.randomUUID();
		this.audit.record(this.fixture.person("admin"), "test.appended", subject, "as it happened").block();

		assertThatThrownBy(() -> this.database.sql("update audit_entry set reason = 'rewritten' where subject = :s")
			.bind("s", subject).then().block()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.database.sql("delete from audit_entry where subject = :s")
			.bind("s", subject).then().block()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.database.sql("truncate audit_entry").then().block())
			.hasMessageContaining("append-only");

		assertThat(this.database.sql("select reason from audit_entry where subject = :s").bind("s", subject)
			.map((row) -> row.get(0, String.class)).all().collectList().block()).containsExactly("as it happened");
		// The privileges are gone too, the owner's included: only a superuser could act without them, and the
		// triggers above hold for a superuser as well.
		assertThat(this.fixture.count("""
				select count(*) from information_schema.role_table_grants
				where table_name = 'audit_entry' and privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')""")).isZero();
		assertThat(this.fixture.count("""
				select count(*) from information_schema.role_table_grants
				where table_name = 'audit_entry' and privilege_type = 'INSERT'""")).isPositive();
	}

	@Test
	void roleChangesAreInTheTrailWithWhoAndWhat() {
		UUID hr = this.fixture.person("hr");
		UUID unit = this.fixture.unit("hsf-forskola");
		this.fixture.as("admin").put().uri("/api/v1/roles/{p}/records?unitId={u}", hr, unit).exchange()
			.expectStatus().isCreated();
		this.fixture.as("admin").delete().uri("/api/v1/roles/{p}/records?unitId={u}", hr, unit).exchange()
			.expectStatus().isNoContent();

		List<Map<String, Object>> items = items(this.fixture.as("registrator"), "/api/v1/records/audit?action=role");
		String subject = "person:" + hr + " role:records@" + unit;
		assertThat(items).extracting((item) -> item.get("action") + " " + item.get("subject"))
			.startsWith("role.withdrawn " + subject, "role.given " + subject);
		assertThat(items.get(0)).extracting((item) -> ((Map<?, ?>) item.get("actor")).get("displayName"))
			.isEqualTo("Nora Lund");
		assertThat(items.get(0).get("unitId")).isEqualTo(unit.toString());
	}

	@Test
	void aDirectoryImportIsInTheTrailWithItsSource() {
		List<Map<String, Object>> items = items(this.fixture.as("admin"), "/api/v1/records/audit?action=directory");
		assertThat(items).isNotEmpty().allSatisfy((item) -> {
			assertThat(item.get("action")).isEqualTo("directory.imported");
			assertThat((String) item.get("subject")).startsWith("directory-import:");
		});
		assertThat(items).extracting((item) -> item.get("reason")).contains("test");
	}

	@Test
	void withdrawingAPostHidingACommentAndLockingTheThreadAreInTheTrailWithTheirReasons() {
		UUID post = post();
		Map<?, ?> created = this.fixture.as("colleague").post().uri("/api/v1/posts/{id}/comments", post)
			.bodyValue(Map.of("body", "Ring mig på 070-123 45 67")).exchange().expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody();
		UUID comment = UUID.fromString((String) created.get("id"));
		this.fixture.as("enhet-manager").post().uri("/api/v1/comments/{id}/moderation", comment)
			.bodyValue(Map.of("action", "HIDE", "reason", "Personuppgifter")).exchange().expectStatus().isOk();
		this.fixture.as("enhet-manager").post().uri("/api/v1/posts/{id}/thread-lock", post).exchange()
			.expectStatus().isOk();
		this.fixture.as("enhet-manager").post().uri("/api/v1/posts/{id}/withdrawal", post)
			.bodyValue(Map.of("reason", "Fel schema")).exchange().expectStatus().isOk();

		assertThat(items(this.fixture.as("registrator"), "/api/v1/records/audit?limit=100"))
			.extracting((item) -> item.get("action") + " " + item.get("subject") + " " + item.get("reason"))
			.contains("comment.hidden comment:" + comment + " Personuppgifter", "thread.locked post:" + post + " null",
					"post.withdrawn post:" + post + " Fel schema");
	}

	@Test
	void someoneWithoutTheRecordsRoleOrAdminIsRefusedTheTrail() {
		for (String key : List.of("employee", "enhet-manager", "hr", "communicator")) {
			this.fixture.as(key).get().uri("/api/v1/records/audit").exchange().expectStatus().isForbidden()
				.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
				.jsonPath("$.type").isEqualTo("urn:budkavle:problem:records-forbidden");
		}
		this.fixture.as("admin").get().uri("/api/v1/records/audit").exchange().expectStatus().isOk();
	}

	@Test
	void aRecordsOfficerOfASubtreeSeesOnlyTheEntriesAboutItsUnits() {
		UUID officer = this.fixture.person("outsider");
		this.fixture.sql("insert into role_grant (person_id, role, unit_id) select '" + officer
				+ "', 'RECORDS', id from unit where external_id = 'hsf-forskola' on conflict do nothing");
		this.audit.record(null, "test.scoped", "inside", this.fixture.unit("hsf-forskola-solrosen"), null).block();
		this.audit.record(null, "test.scoped", "outside", this.fixture.unit("hsf-aldre"), null).block();
		this.audit.record(null, "test.scoped", "nowhere", null, null).block();

		assertThat(items(this.fixture.as("outsider"), "/api/v1/records/audit?action=test.scoped"))
			.extracting((item) -> item.get("subject")).containsOnly("inside");
		assertThat(items(this.fixture.as("registrator"), "/api/v1/records/audit?action=test.scoped"))
			.extracting((item) -> item.get("subject")).contains("inside", "outside", "nowhere");
	}

	@Test
	void theTrailPagesNewestFirstByPeriodAndAction() {
		String action = "test.paged-" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
		for (String subject : List.of("first", "second", "third")) {
			this.audit.record(null, action, subject, null).block();
		}
		var first = this.fixture.as("registrator").get().uri("/api/v1/records/audit?action={a}&limit=2", action)
			.exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
		assertThat(subjects(first)).containsExactly("third", "second");
		var second = this.fixture.as("registrator").get()
			.uri("/api/v1/records/audit?action={a}&limit=2&after={n}", action, first.get("next")).exchange()
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
		assertThat(subjects(second)).containsExactly("first");
		assertThat(second.get("next")).isNull();
		this.fixture.as("registrator").get().uri("/api/v1/records/audit?action={a}&to=2001-01-01T00:00:00Z", action)
			.exchange().expectStatus().isOk().expectBody().jsonPath("$.items").isEmpty();
	}

	@Test
	void badInputIsAClearProblem() {
		WebTestClient registrator = this.fixture.as("registrator");
		for (String query : List.of("limit=500", "from=yesterday", "action=DROP%20TABLE", "after=bm90LWEtY3Vyc29y",
				"from=1900-01-01T00:00:00Z")) {
			registrator.get().uri("/api/v1/records/audit?" + query).exchange().expectStatus().is4xxClientError()
				.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	private UUID post() {
		Map<?, ?> created = this.fixture.as("enhet-manager").post().uri("/api/v1/posts")
			.bodyValue(Map.of("title", "Nytt schema", "body", "Hej", "targets",
					List.of(Map.of("unitId", this.fixture.unit("hsf-aldre-hemtjanst-syd"), "includeSubunits", true))))
			.exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
		return UUID.fromString((String) created.get("id"));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(WebTestClient client, String uri) {
		Map<?, ?> page = client.get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
			.getResponseBody();
		return (List<Map<String, Object>>) page.get("items");
	}

	private static List<Object> subjects(Map<?, ?> page) {
		return ((List<?>) page.get("items")).stream().<Object>map((item) -> ((Map<?, ?>) item).get("subject")).toList();
	}
}
