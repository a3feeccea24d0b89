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

@CommentsTest
class ModerationTests {

	CommentsFixture fixture;

	UUID post;

	UUID comment;

	@BeforeEach
	void aCommentBySofia(@Autowired WebTestClient client, @Autowired DatabaseClient database,
			@Autowired DemoTokens tokens, @Autowired Organisation organisation, @Autowired DirectoryImports imports,
			@Autowired MutableClock clock) {
		this.fixture = new CommentsFixture(client, database, tokens, organisation, imports, clock);
		// earlier tests' reports would show in the queues
		this.fixture.sql("update comment_report set resolved_at = now() where resolved_at is null");
		this.post = this.fixture.post();
		this.comment = this.fixture.comment("colleague", this.post, "Ring mig på 070-123 45 67");
	}

	@Test
	void readersSeeATombstoneWhereModeratorsSeeTheHiddenContentAndWhy() {
		moderate("avdelning-manager", "HIDE", "Personuppgifter").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state").isEqualTo("HIDDEN")
			.jsonPath("$.body").isEqualTo("Ring mig på 070-123 45 67")
			.jsonPath("$.moderation.action").isEqualTo("HIDE")
			.jsonPath("$.moderation.reason").isEqualTo("Personuppgifter")
			.jsonPath("$.moderation.by.displayName").isEqualTo("Anders Berg");
		for (String reader : List.of("employee", "colleague", "hr")) {
			this.fixture.as(reader)
				.get()
				.uri("/api/v1/posts/{id}/comments", this.post)
				.exchange()
				.expectBody()
				.jsonPath("$.items[0].state").isEqualTo("HIDDEN")
				.jsonPath("$.items[0].body").isEmpty()
				.jsonPath("$.items[0].html").isEmpty()
				.jsonPath("$.items[0].author").isEmpty()
				.jsonPath("$.items[0].moderation").isEmpty();
		}
		this.fixture.as("communicator")
			.get()
			.uri("/api/v1/posts/{id}/comments", this.post)
			.exchange()
			.expectBody()
			.jsonPath("$.items[0].body").isEqualTo("Ring mig på 070-123 45 67")
			.jsonPath("$.items[0].permissions.moderate").isEqualTo(true);
	}

	@Test
	void aRestoredCommentIsVisibleAgain() {
		moderate("enhet-manager", "HIDE", "Fel tråd").expectStatus().isOk();
		moderate("communicator", "RESTORE", "Hör hit ändå").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state").isEqualTo("VISIBLE")
			.jsonPath("$.moderation.action").isEqualTo("RESTORE");
		this.fixture.as("employee")
			.get()
			.uri("/api/v1/comments/{id}", this.comment)
			.exchange()
			.expectBody()
			.jsonPath("$.body").isEqualTo("Ring mig på 070-123 45 67")
			.jsonPath("$.moderation").isEmpty();
		assertThat(this.fixture.count("select count(*) from comment_moderation where comment_id = :p0", this.comment))
			.isEqualTo(2);
	}

	@Test
	void moderationNeedsAnActionAndAReason() {
		moderate("enhet-manager", "HIDE", " ").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("reason");
		this.fixture.as("enhet-manager")
			.post()
			.uri("/api/v1/comments/{id}/moderation", this.comment)
			.bodyValue(Map.of("reason", "Varför"))
			.exchange()
			.expectStatus()
			.isBadRequest();
		this.fixture.as("enhet-manager")
			.post()
			.uri("/api/v1/comments/{id}/moderation", this.comment)
			.bodyValue(Map.of("action", "DESTROY", "reason", "Varför"))
			.exchange()
			.expectStatus()
			.isBadRequest();
		assertThat(this.fixture.count("select count(*) from comment where id = :p0 and state = 'VISIBLE'", this.comment))
			.isOne();
	}

	@Test
	void theQueueListsReportedCommentsToTheirModeratorsOnly() {
		report("employee", this.comment, "Personnummer");
		for (String moderator : List.of("enhet-manager", "deputy", "avdelning-manager", "director", "communicator",
				"admin")) {
			this.fixture.as(moderator)
				.get()
				.uri("/api/v1/moderation/queue")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.items.length()").isEqualTo(1)
				.jsonPath("$.items[0].id").isEqualTo(this.comment.toString())
				.jsonPath("$.items[0].postTitle").isEqualTo("Nytt schema")
				.jsonPath("$.items[0].reasons[0]").isEqualTo("Personnummer")
				.jsonPath("$.items[0].body").isEqualTo("Ring mig på 070-123 45 67");
		}
		for (String reader : List.of("employee", "colleague", "hr", "outsider")) {
			this.fixture.as(reader)
				.get()
				.uri("/api/v1/moderation/queue")
				.exchange()
				.expectBody()
				.jsonPath("$.items.length()").isEqualTo(0);
		}
	}

	@Test
	void hidingOrKeepingAReportedCommentTakesItOffTheQueue() {
		report("employee", this.comment, "Personnummer");
		UUID other = this.fixture.comment("employee", this.post, "Dumma chefer");
		report("colleague", other, "Otrevligt");
		moderate("enhet-manager", "HIDE", "Personuppgifter").expectStatus().isOk();
		moderate("enhet-manager", "RESTORE", "Kritik får framföras").expectStatus().isOk();
		this.fixture.as("communicator")
			.get()
			.uri("/api/v1/moderation/queue")
			.exchange()
			.expectBody()
			.jsonPath("$.items.length()").isEqualTo(1)
			.jsonPath("$.items[0].id").isEqualTo(other.toString());
	}

	@Test
	void theQueueIsPagedWithACursor() {
		UUID second = this.fixture.comment("employee", this.post, "Två");
		UUID third = this.fixture.comment("employee", this.post, "Tre");
		for (UUID reported : List.of(this.comment, second, third)) {
			report("deputy", reported, "Kolla");
			this.fixture.clock().advance(java.time.Duration.ofSeconds(1));
		}
		Map<?, ?> first = this.fixture.as("enhet-manager")
			.get()
			.uri("/api/v1/moderation/queue?limit=2")
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat((List<?>) first.get("items")).hasSize(2);
		this.fixture.as("enhet-manager")
			.get()
			.uri("/api/v1/moderation/queue?limit=2&after={after}", first.get("next"))
			.exchange()
			.expectBody()
			.jsonPath("$.items.length()").isEqualTo(1)
			.jsonPath("$.items[0].id").isEqualTo(third.toString())
			.jsonPath("$.next").isEmpty();
	}

	@Test
	void aDeletedCommentCannotBeModerated() {
		this.fixture.as("colleague").delete().uri("/api/v1/comments/{id}", this.comment).exchange().expectStatus().isNoContent();
		moderate("enhet-manager", "HIDE", "Sent").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:comment-unavailable");
	}

	private WebTestClient.ResponseSpec moderate(String who, String action, String reason) {
		return this.fixture.as(who)
			.post()
			.uri("/api/v1/comments/{id}/moderation", this.comment)
			.bodyValue(Map.of("action", action, "reason", reason))
			.exchange();
	}

	private void report(String who, UUID comment, String reason) {
		this.fixture.as(who)
			.post()
			.uri("/api/v1/comments/{id}/reports", comment)
			.bodyValue(Map.of("reason", reason))
			.exchange()
			.expectStatus()
			.isNoContent();
	}
}
