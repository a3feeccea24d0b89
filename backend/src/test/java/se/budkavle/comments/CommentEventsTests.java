package se.budkavle.comments;

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
 * Every change to a thread is a live event on {@code post:<id>}, written in the change's own transaction, carrying ids
 * and counts but never a comment's text.
 */
@CommentsTest
class CommentEventsTests {

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
	void everyChangeIsAnEventWithIdsAndCountsOnly() {
		UUID root = this.fixture.comment("employee", this.post, "Hemlig text ett");
		UUID reply = this.fixture.comment("colleague", this.post, "Hemlig text två", root);
		this.fixture.as("employee")
			.put()
			.uri("/api/v1/comments/{id}", root)
			.bodyValue(Map.of("body", "Hemlig text tre"))
			.exchange()
			.expectStatus()
			.isOk();
		this.fixture.as("colleague").put().uri("/api/v1/comments/{id}/reactions/THANKS", root).exchange().expectStatus().isOk();
		this.fixture.as("colleague").put().uri("/api/v1/comments/{id}/reactions/THANKS", root).exchange().expectStatus().isOk();
		moderate(reply, "HIDE");
		moderate(reply, "RESTORE");
		this.fixture.as("colleague").delete().uri("/api/v1/comments/{id}", reply).exchange().expectStatus().isNoContent();

		List<Map<String, Object>> events = events();
		assertThat(events).extracting((event) -> event.get("type"))
			.containsExactly("comment.created", "comment.created", "comment.updated", "reaction.changed",
					"comment.hidden", "comment.restored", "comment.deleted");
		assertThat(events).allSatisfy((event) -> assertThat(event.get("payload").toString()).doesNotContain("Hemlig"));
		assertThat(events.get(1).get("payload").toString()).contains("\"replyTo\": \"" + root + "\"")
			.contains("\"commentId\": \"" + reply + "\"");
		assertThat(events.get(3).get("payload").toString()).contains("\"THANKS\": 1");
	}

	@Test
	void aRefusedChangeIsNoEvent() {
		for (int i = 0; i < 10; i++) {
			this.fixture.comment("employee", this.post, "Nr " + i);
		}
		this.fixture.as("employee")
			.post()
			.uri("/api/v1/posts/{id}/comments", this.post)
			.bodyValue(Map.of("body", "En för mycket"))
			.exchange()
			.expectStatus()
			.isEqualTo(429);
		assertThat(events()).hasSize(10);
		assertThat(this.fixture.count("select comment_count::bigint from post where id = :p0", this.post))
			.isEqualTo(10);
	}

	private void moderate(UUID comment, String action) {
		this.fixture.as("enhet-manager")
			.post()
			.uri("/api/v1/comments/{id}/moderation", comment)
			.bodyValue(Map.of("action", action, "reason", "Prov"))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private List<Map<String, Object>> events() {
		return this.database.sql("select type, payload::text as payload from event where topic = :topic order by id")
			.bind("topic", "post:" + this.post)
			.fetch()
			.all()
			.collectList()
			.block();
	}
}
