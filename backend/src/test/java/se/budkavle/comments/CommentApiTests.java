package se.budkavle.comments;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.Organisation;
import se.budkavle.platform.jobs.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

@CommentsTest
class CommentApiTests {

	CommentsFixture fixture;

	UUID post;

	@BeforeEach
	void aPostToHemtjanstSyd(@Autowired WebTestClient client, @Autowired DatabaseClient database,
			@Autowired DemoTokens tokens, @Autowired Organisation organisation, @Autowired DirectoryImports imports,
			@Autowired MutableClock clock) {
		this.fixture = new CommentsFixture(client, database, tokens, organisation, imports, clock);
		this.post = this.fixture.post();
	}

	@Test
	void theAudienceReadsAThreadOfRootsOldestFirstWithRepliesNested() {
		UUID first = this.fixture.comment("employee", this.post, "Första");
		this.fixture.clock().advance(Duration.ofSeconds(1));
		UUID second = this.fixture.comment("colleague", this.post, "Andra");
		this.fixture.clock().advance(Duration.ofSeconds(1));
		UUID reply = this.fixture.comment("colleague", this.post, "Svar", first);
		this.fixture.as("employee")
			.get()
			.uri("/api/v1/posts/{id}/comments", this.post)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()").isEqualTo(2)
			.jsonPath("$.items[0].id").isEqualTo(first.toString())
			.jsonPath("$.items[0].author.displayName").isEqualTo("Ahmed Hassan")
			.jsonPath("$.items[0].replies[0].id").isEqualTo(reply.toString())
			.jsonPath("$.items[0].replies[0].replyTo").isEqualTo(first.toString())
			.jsonPath("$.items[1].id").isEqualTo(second.toString())
			.jsonPath("$.items[1].replies.length()").isEqualTo(0)
			.jsonPath("$.next").isEmpty()
			.jsonPath("$.permissions.comment").isEqualTo(true)
			.jsonPath("$.permissions.moderate").isEqualTo(false);
	}

	@Test
	void aReplyToAReplyJoinsTheSameThread() {
		UUID root = this.fixture.comment("employee", this.post, "Fråga");
		UUID reply = this.fixture.comment("colleague", this.post, "Svar", root);
		this.fixture.as("employee")
			.post()
			.uri("/api/v1/posts/{id}/comments", this.post)
			.bodyValue(Map.of("body", "Svar på svaret", "replyTo", reply))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.replyTo").isEqualTo(root.toString());
	}

	@Test
	void rootsArePagedWithACursor() {
		for (int i = 1; i <= 3; i++) {
			this.fixture.comment("employee", this.post, "Kommentar " + i);
			this.fixture.clock().advance(Duration.ofSeconds(1));
		}
		Map<?, ?> first = this.fixture.as("employee")
			.get()
			.uri("/api/v1/posts/{id}/comments?limit=2", this.post)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat((java.util.List<?>) first.get("items")).hasSize(2);
		String next = (String) first.get("next");
		assertThat(next).isNotBlank();
		this.fixture.as("employee")
			.get()
			.uri("/api/v1/posts/{id}/comments?limit=2&after={after}", this.post, next)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()").isEqualTo(1)
			.jsonPath("$.items[0].body").isEqualTo("Kommentar 3")
			.jsonPath("$.next").isEmpty();
	}

	@Test
	void theBodyIsStoredAsWrittenAndRenderedEscapedWithLinks() {
		this.fixture.as("employee")
			.post()
			.uri("/api/v1/posts/{id}/comments", this.post)
			.bodyValue(Map.of("body", "Se <b>https://intranat.stad.se/schema?a=1&b=2</b>."))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.exists(HttpHeaders.LOCATION)
			.expectBody()
			.jsonPath("$.body").isEqualTo("Se <b>https://intranat.stad.se/schema?a=1&b=2</b>.")
			.jsonPath("$.html")
			.isEqualTo("Se &lt;b&gt;<a href=\"https://intranat.stad.se/schema?a=1&amp;b=2\" "
					+ "rel=\"noopener noreferrer nofollow ugc\">https://intranat.stad.se/schema?a=1&amp;b=2</a>"
					+ "&lt;/b&gt;.");
	}

	@Test
	void aBodyMustBePresentAtMost5000CharactersAndWithoutNul() {
		this.fixture.as("employee")
			.post()
			.uri("/api/v1/posts/{id}/comments", this.post)
			.bodyValue(Map.of("body", "a\u0000b"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-request")
			.jsonPath("$.errors[0].field").isEqualTo("body");
		for (String body : new String[] { "", "   ", "x".repeat(5001) }) {
			this.fixture.as("employee")
				.post()
				.uri("/api/v1/posts/{id}/comments", this.post)
				.bodyValue(Map.of("body", body))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.type").isEqualTo("urn:budkavle:problem:invalid-request")
				.jsonPath("$.errors[0].field").isEqualTo("body");
		}
		this.fixture.as("employee")
			.post()
			.uri("/api/v1/posts/{id}/comments", this.post)
			.bodyValue(Map.of("body", "å".repeat(5000)))
			.exchange()
			.expectStatus()
			.isCreated();
		assertThat(this.fixture.count("select count(*) from comment where post_id = :p0", this.post)).isOne();
	}

	@Test
	void theAuthorEditsWithinFifteenMinutesAndEveryVersionIsKept() {
		UUID comment = this.fixture.comment("employee", this.post, "Först");
		this.fixture.clock().advance(Duration.ofMinutes(14));
		this.fixture.as("employee")
			.put()
			.uri("/api/v1/comments/{id}", comment)
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.bodyValue(Map.of("body", "Sedan"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"2\"")
			.expectBody()
			.jsonPath("$.body").isEqualTo("Sedan")
			.jsonPath("$.version").isEqualTo(2)
			.jsonPath("$.editedAt").isNotEmpty();
		this.fixture.as("employee")
			.put()
			.uri("/api/v1/comments/{id}", comment)
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.bodyValue(Map.of("body", "Tredje"))
			.exchange()
			.expectStatus()
			.isEqualTo(412);
		this.fixture.clock().advance(Duration.ofMinutes(1));
		this.fixture.as("employee")
			.put()
			.uri("/api/v1/comments/{id}", comment)
			.bodyValue(Map.of("body", "För sent"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:edit-window-closed");
		assertThat(this.fixture.count("select count(*) from comment_revision where comment_id = :p0", comment))
			.isEqualTo(2);
	}

	@Test
	void aDeletedCommentIsATombstoneInTheThread() {
		UUID comment = this.fixture.comment("employee", this.post, "Ångrar mig");
		this.fixture.as("employee").delete().uri("/api/v1/comments/{id}", comment).exchange().expectStatus().isNoContent();
		this.fixture.as("employee").delete().uri("/api/v1/comments/{id}", comment).exchange().expectStatus().isNoContent();
		this.fixture.as("colleague")
			.get()
			.uri("/api/v1/posts/{id}/comments", this.post)
			.exchange()
			.expectBody()
			.jsonPath("$.items[0].state").isEqualTo("DELETED")
			.jsonPath("$.items[0].body").isEmpty()
			.jsonPath("$.items[0].html").isEmpty()
			.jsonPath("$.items[0].author").isEmpty();
		assertThat(commentCount()).isZero();
	}

	@Test
	void theCommentCountFollowsCreationDeletionHidingAndRestoring() {
		UUID first = this.fixture.comment("employee", this.post, "Ett");
		UUID second = this.fixture.comment("colleague", this.post, "Två");
		this.fixture.comment("colleague", this.post, "Tre", first);
		assertThat(commentCount()).isEqualTo(3);
		this.fixture.as("employee").delete().uri("/api/v1/comments/{id}", first).exchange().expectStatus().isNoContent();
		assertThat(commentCount()).isEqualTo(2);
		moderate(second, "HIDE");
		assertThat(commentCount()).isEqualTo(1);
		moderate(second, "RESTORE");
		assertThat(commentCount()).isEqualTo(2);
	}

	@Test
	void onlyTheAuthorEditsOrDeletes() {
		UUID comment = this.fixture.comment("employee", this.post, "Min");
		this.fixture.as("colleague")
			.put()
			.uri("/api/v1/comments/{id}", comment)
			.bodyValue(Map.of("body", "Din"))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.fixture.as("enhet-manager").delete().uri("/api/v1/comments/{id}", comment).exchange().expectStatus().isForbidden();
	}

	@Test
	void reactionsAreOneOfEachKindPerPersonAndIdempotent() {
		UUID comment = this.fixture.comment("employee", this.post, "Bra idé?");
		for (int i = 0; i < 2; i++) {
			this.fixture.as("colleague")
				.put()
				.uri("/api/v1/comments/{id}/reactions/HEART", comment)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.reactions[?(@.kind == 'HEART')].count").isEqualTo(1)
				.jsonPath("$.reactions[?(@.kind == 'HEART')].mine").isEqualTo(true);
		}
		this.fixture.as("deputy").put().uri("/api/v1/comments/{id}/reactions/HEART", comment).exchange().expectStatus().isOk();
		this.fixture.as("employee")
			.get()
			.uri("/api/v1/posts/{id}/comments", this.post)
			.exchange()
			.expectBody()
			.jsonPath("$.items[0].reactions[?(@.kind == 'HEART')].count").isEqualTo(2)
			.jsonPath("$.items[0].reactions[?(@.kind == 'HEART')].mine").isEqualTo(false)
			.jsonPath("$.items[0].reactions.length()").isEqualTo(4);
		for (int i = 0; i < 2; i++) {
			this.fixture.as("colleague")
				.delete()
				.uri("/api/v1/comments/{id}/reactions/HEART", comment)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.reactions[?(@.kind == 'HEART')].count").isEqualTo(1);
		}
		this.fixture.as("colleague")
			.put()
			.uri("/api/v1/comments/{id}/reactions/ANGRY", comment)
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void aReaderReportsACommentOnceWithAReason() {
		UUID comment = this.fixture.comment("employee", this.post, "Olämpligt");
		for (int i = 0; i < 2; i++) {
			this.fixture.as("colleague")
				.post()
				.uri("/api/v1/comments/{id}/reports", comment)
				.bodyValue(Map.of("reason", "Kränkande"))
				.exchange()
				.expectStatus()
				.isNoContent();
		}
		this.fixture.as("colleague")
			.post()
			.uri("/api/v1/comments/{id}/reports", comment)
			.bodyValue(Map.of("reason", " "))
			.exchange()
			.expectStatus()
			.isBadRequest();
		assertThat(this.fixture.count("select count(*) from comment_report where comment_id = :p0", comment)).isOne();
		this.fixture.as("colleague")
			.get()
			.uri("/api/v1/comments/{id}", comment)
			.exchange()
			.expectBody()
			.jsonPath("$.reported").isEqualTo(true);
	}

	@Test
	void aLockedThreadTakesNoNewCommentsUntilUnlocked() {
		this.fixture.as("enhet-manager")
			.post()
			.uri("/api/v1/posts/{id}/thread-lock", this.post)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.locked").isEqualTo(true);
		this.fixture.as("employee")
			.post()
			.uri("/api/v1/posts/{id}/comments", this.post)
			.bodyValue(Map.of("body", "Hallå?"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:thread-locked");
		this.fixture.as("employee")
			.get()
			.uri("/api/v1/posts/{id}/comments", this.post)
			.exchange()
			.expectBody()
			.jsonPath("$.locked").isEqualTo(true)
			.jsonPath("$.permissions.comment").isEqualTo(false);
		this.fixture.as("enhet-manager")
			.delete()
			.uri("/api/v1/posts/{id}/thread-lock", this.post)
			.exchange()
			.expectStatus()
			.isOk();
		this.fixture.comment("employee", this.post, "Nu går det");
	}

	@Test
	void anAuthorCannotEditTheirCommentOnceTheThreadIsLocked() {
		UUID comment = this.fixture.comment("employee", this.post, "Första versionen");
		this.fixture.as("enhet-manager")
			.post()
			.uri("/api/v1/posts/{id}/thread-lock", this.post)
			.exchange()
			.expectStatus()
			.isOk();
		this.fixture.as("employee")
			.put()
			.uri("/api/v1/comments/{id}", comment)
			.bodyValue(Map.of("body", "Ändrad efter låsningen"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:thread-locked");
		this.fixture.as("employee")
			.get()
			.uri("/api/v1/comments/{id}", comment)
			.exchange()
			.expectBody()
			.jsonPath("$.body").isEqualTo("Första versionen");
	}

	@Test
	void aPostWithoutCommentsRefusesThem() {
		UUID closed = this.fixture.post(false);
		this.fixture.as("employee")
			.post()
			.uri("/api/v1/posts/{id}/comments", closed)
			.bodyValue(Map.of("body", "Hej"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:comments-disabled");
	}

	@Test
	void theEleventhCommentWithinAMinuteIsRefusedWithRetryAfter() {
		for (int i = 0; i < 10; i++) {
			this.fixture.comment("employee", this.post, "Nr " + i);
			this.fixture.clock().advance(Duration.ofSeconds(1));
		}
		this.fixture.as("employee")
			.post()
			.uri("/api/v1/posts/{id}/comments", this.post)
			.bodyValue(Map.of("body", "En för mycket"))
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "50")
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:budkavle:problem:too-many-requests");
		this.fixture.comment("colleague", this.post, "Någon annan får skriva");
		this.fixture.clock().advance(Duration.ofSeconds(50));
		this.fixture.comment("employee", this.post, "Nu igen");
	}

	private void moderate(UUID comment, String action) {
		this.fixture.as("enhet-manager")
			.post()
			.uri("/api/v1/comments/{id}/moderation", comment)
			.bodyValue(Map.of("action", action, "reason", "Test"))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private long commentCount() {
		return this.fixture.count("select comment_count::bigint from post where id = :p0", this.post);
	}
}
