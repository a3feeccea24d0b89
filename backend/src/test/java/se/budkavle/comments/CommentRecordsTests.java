package se.budkavle.comments;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.Organisation;
import se.budkavle.platform.jobs.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comments are records: deleting, hiding and editing keep every word that was written, for moderators and a later
 * records export.
 */
@CommentsTest
class CommentRecordsTests {

	CommentsFixture fixture;

	DatabaseClient database;

	UUID post;

	@BeforeEach
	void aPost(@Autowired WebTestClient client, @Autowired DatabaseClient database, @Autowired DemoTokens tokens,
			@Autowired Organisation organisation, @Autowired DirectoryImports imports, @Autowired MutableClock clock) {
		this.fixture = new CommentsFixture(client, database, tokens, organisation, imports, clock);
		this.database = database;
		this.post = this.fixture.post();
	}

	@Test
	void deletedAndHiddenCommentsKeepTheirContentAndEditsTheirRevisions() {
		UUID deleted = this.fixture.comment("employee", this.post, "Första versionen");
		this.fixture.clock().advance(Duration.ofMinutes(5));
		this.fixture.as("employee")
			.put()
			.uri("/api/v1/comments/{id}", deleted)
			.bodyValue(Map.of("body", "Andra versionen"))
			.exchange()
			.expectStatus()
			.isOk();
		this.fixture.as("employee").delete().uri("/api/v1/comments/{id}", deleted).exchange().expectStatus().isNoContent();
		UUID hidden = this.fixture.comment("colleague", this.post, "Olämpligt innehåll");
		this.fixture.as("communicator")
			.post()
			.uri("/api/v1/comments/{id}/moderation", hidden)
			.bodyValue(Map.of("action", "HIDE", "reason", "Kränkande"))
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(row("select state, body, deleted_at is not null as stamped from comment where id = :id", deleted))
			.containsEntry("state", "DELETED")
			.containsEntry("body", "Andra versionen")
			.containsEntry("stamped", true);
		assertThat(rows("select version, body from comment_revision where comment_id = :id order by version", deleted))
			.extracting((revision) -> revision.get("body"))
			.containsExactly("Första versionen", "Andra versionen");
		assertThat(row("select state, body, moderation_reason from comment where id = :id", hidden))
			.containsEntry("state", "HIDDEN")
			.containsEntry("body", "Olämpligt innehåll")
			.containsEntry("moderation_reason", "Kränkande");
		assertThat(row("select action, reason from comment_moderation where comment_id = :id", hidden))
			.containsEntry("action", "HIDE")
			.containsEntry("reason", "Kränkande");
	}

	private Map<String, Object> row(String sql, UUID id) {
		return rows(sql, id).get(0);
	}

	private List<Map<String, Object>> rows(String sql, UUID id) {
		return this.database.sql(sql).bind("id", id).fetch().all().collectList().block();
	}
}
