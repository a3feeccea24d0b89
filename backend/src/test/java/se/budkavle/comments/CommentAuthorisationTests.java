package se.budkavle.comments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.Organisation;
import se.budkavle.platform.jobs.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every comment route for every kind of person: the post's author (enhetschef of Hemtjänst Syd), the deputy
 * enhetschef, the avdelningschef above, an employee in the audience, an outsider in Förskola, a communicator, HR, an
 * admin, and nobody signed in. A comment by Sofia (colleague, in the audience) is the one acted on.
 */
@CommentsTest
class CommentAuthorisationTests {

	static final List<String> PEOPLE = List.of("enhet-manager", "deputy", "avdelning-manager", "employee", "outsider",
			"communicator", "hr", "admin", "anonymous");

	CommentsFixture fixture;

	UUID post;

	UUID comment;

	@BeforeEach
	void aCommentBySofiaOnAPostToHemtjanstSyd(@Autowired WebTestClient client, @Autowired DatabaseClient database,
			@Autowired DemoTokens tokens, @Autowired Organisation organisation, @Autowired DirectoryImports imports,
			@Autowired MutableClock clock) {
		this.fixture = new CommentsFixture(client, database, tokens, organisation, imports, clock);
		this.post = this.fixture.post();
		this.comment = this.fixture.comment("colleague", this.post, "Sofias kommentar");
	}

	@Test
	void everyoneWhoMayReadThePostReadsItsThreadAndOutsidersGet404() {
		expect(HttpMethod.GET, "/api/v1/posts/" + this.post + "/comments", null,
				statuses(200, 200, 200, 200, 404, 200, 200, 200, 401));
		expect(HttpMethod.GET, "/api/v1/comments/" + this.comment, null,
				statuses(200, 200, 200, 200, 404, 200, 200, 200, 401));
	}

	@Test
	void everyoneWhoMayReadThePostMayCommentOnIt() {
		expect(HttpMethod.POST, "/api/v1/posts/" + this.post + "/comments", Map.of("body", "Hej"),
				statuses(201, 201, 201, 201, 404, 201, 201, 201, 401));
		expect(HttpMethod.POST, "/api/v1/posts/" + this.post + "/comments",
				Map.of("body", "Svar", "replyTo", this.comment.toString()),
				statuses(201, 201, 201, 201, 404, 201, 201, 201, 401));
	}

	@Test
	void onlyTheCommentsAuthorEditsOrDeletesIt() {
		expect(HttpMethod.PUT, "/api/v1/comments/" + this.comment, Map.of("body", "Ändrad"),
				statuses(403, 403, 403, 403, 404, 403, 403, 403, 401));
		expect(HttpMethod.DELETE, "/api/v1/comments/" + this.comment, null,
				statuses(403, 403, 403, 403, 404, 403, 403, 403, 401));
		this.fixture.as("colleague")
			.put()
			.uri("/api/v1/comments/{id}", this.comment)
			.bodyValue(Map.of("body", "Ändrad"))
			.exchange()
			.expectStatus()
			.isOk();
		this.fixture.as("colleague").delete().uri("/api/v1/comments/{id}", this.comment).exchange().expectStatus().isNoContent();
	}

	@Test
	void everyoneWhoMayReadReactsAndReports() {
		expect(HttpMethod.PUT, "/api/v1/comments/" + this.comment + "/reactions/LIKE", null,
				statuses(200, 200, 200, 200, 404, 200, 200, 200, 401));
		expect(HttpMethod.DELETE, "/api/v1/comments/" + this.comment + "/reactions/LIKE", null,
				statuses(200, 200, 200, 200, 404, 200, 200, 200, 401));
		expect(HttpMethod.POST, "/api/v1/comments/" + this.comment + "/reports", Map.of("reason", "Osakligt"),
				statuses(204, 204, 204, 204, 404, 204, 204, 204, 401));
	}

	@Test
	void theAuthorManagersOfTheTargetOrAboveCommunicatorsAndAdminsModerate() {
		expect(HttpMethod.POST, "/api/v1/comments/" + this.comment + "/moderation",
				Map.of("action", "HIDE", "reason", "Personuppgifter"),
				statuses(200, 200, 200, 403, 404, 200, 403, 200, 401));
		expect(HttpMethod.POST, "/api/v1/comments/" + this.comment + "/moderation",
				Map.of("action", "RESTORE", "reason", "Ok"), statuses(200, 200, 200, 403, 404, 200, 403, 200, 401));
		expect(HttpMethod.POST, "/api/v1/posts/" + this.post + "/thread-lock", null,
				statuses(200, 200, 200, 403, 404, 200, 403, 200, 401));
		expect(HttpMethod.DELETE, "/api/v1/posts/" + this.post + "/thread-lock", null,
				statuses(200, 200, 200, 403, 404, 200, 403, 200, 401));
	}

	@Test
	void everyoneSignedInMayAskForTheModerationQueue() {
		expect(HttpMethod.GET, "/api/v1/moderation/queue", null, statuses(200, 200, 200, 200, 200, 200, 200, 200, 401));
	}

	@Test
	void anOutsiderLearnsNothingAndCausesNoEvents() {
		long events = this.fixture.count("select count(*) from event where topic = :p0", "post:" + this.post);
		WebTestClient outsider = this.fixture.as("outsider");
		UUID unknown = UUID.randomUUID();
		for (UUID comment : List.of(this.comment, unknown)) {
			outsider.put()
				.uri("/api/v1/comments/{id}/reactions/LIKE", comment)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectBody()
				.jsonPath("$.type").isEqualTo("urn:budkavle:problem:comment-not-found")
				.jsonPath("$.detail").isEqualTo("There is no comment " + comment);
		}
		for (UUID post : List.of(this.post, unknown)) {
			outsider.post()
				.uri("/api/v1/posts/{id}/comments", post)
				.bodyValue(Map.of("body", "Hej"))
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectBody()
				.jsonPath("$.type").isEqualTo("urn:budkavle:problem:post-not-found")
				.jsonPath("$.detail").isEqualTo("There is no post " + post);
		}
		outsider.delete().uri("/api/v1/comments/{id}", this.comment).exchange().expectStatus().isNotFound();
		outsider.post()
			.uri("/api/v1/comments/{id}/moderation", this.comment)
			.bodyValue(Map.of("action", "HIDE", "reason", "x"))
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(this.fixture.count("select count(*) from event where topic = :p0", "post:" + this.post))
			.isEqualTo(events);
		assertThat(this.fixture.count("select count(*) from comment where post_id = :p0", this.post)).isOne();
		assertThat(this.fixture.count("select count(*) from comment_reaction where comment_id = :p0", this.comment)).isZero();
	}

	private static Map<String, Integer> statuses(int... statuses) {
		Map<String, Integer> expected = new LinkedHashMap<>();
		for (int i = 0; i < PEOPLE.size(); i++) {
			expected.put(PEOPLE.get(i), statuses[i]);
		}
		return expected;
	}

	private void expect(HttpMethod method, String uri, Map<String, ?> body, Map<String, Integer> expected) {
		Map<String, Integer> actual = new LinkedHashMap<>();
		expected.keySet().forEach((person) -> {
			WebTestClient client = person.equals("anonymous") ? this.fixture.anonymous() : this.fixture.as(person);
			var request = client.method(method).uri(uri);
			var response = (body != null) ? request.bodyValue(body).exchange() : request.exchange();
			actual.put(person, response.returnResult(String.class).getStatus().value());
		});
		assertThat(actual).as(method + " " + uri).isEqualTo(expected);
	}
}
