package se.budkavle.news;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulingTests extends NewsApiSupport {

	@Autowired
	ScheduledPublication publication;

	@Test
	void aScheduledPostIsPublishedOnceWhenItsTimeHasComeEvenByTwoRunsAtOnce() {
		var body = body("Senare", ENHET);
		body.put("publishAt", iso(this.clock.instant().plus(Duration.ofHours(1))));
		post("enhet-manager", "/api/v1/posts", body).exchange()
			.expectStatus().isCreated()
			.expectBody()
			.jsonPath("$.status").isEqualTo("SCHEDULED")
			.jsonPath("$.audienceSize").isEmpty();
		UUID post = UUID.fromString(this.database.sql("select id::text from post").map((row) -> row.get(0, String.class)).one().block());
		assertThat(feedTitles("employee")).isEmpty();
		get("employee", "/api/v1/posts/" + post).exchange().expectStatus().isNotFound();
		get("enhet-manager", "/api/v1/posts/" + post).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("SCHEDULED");

		assertThat(this.publication.publishDue().block()).isZero();
		this.clock.advance(Duration.ofHours(1));
		long published = Mono.zip(this.publication.publishDue(), this.publication.publishDue())
			.map((both) -> both.getT1() + both.getT2())
			.block();

		assertThat(published).isOne();
		// the enhet and its team without the author, Maria Holm
		assertThat(count("select count(*) from post_audience")).isEqualTo(3);
		assertThat(count("select audience_size::bigint from post where status = 'PUBLISHED'")).isEqualTo(3);
		assertThat(feedTitles("employee")).containsExactly("Senare");
		assertThat(this.publication.publishDue().block()).isZero();
	}

	@Test
	void anExpiredPostLeavesTheFeedAndTheAudienceCanNoLongerOpenIt() {
		var body = body("Kortlivad", ENHET);
		body.put("expiresAt", iso(this.clock.instant().plus(Duration.ofDays(1))));
		UUID post = publish("enhet-manager", body);
		assertThat(feedTitles("employee")).containsExactly("Kortlivad");
		this.clock.advance(Duration.ofDays(1));
		assertThat(feedTitles("employee")).isEmpty();
		get("employee", "/api/v1/posts/" + post).exchange().expectStatus().isNotFound();
		get("enhet-manager", "/api/v1/posts/" + post).exchange().expectStatus().isOk();
	}

	@Test
	void aScheduledPostMayBeMovedByAnEdit() {
		var body = body("Flyttas", ENHET);
		body.put("publishAt", iso(this.clock.instant().plus(Duration.ofHours(1))));
		UUID post = publish("enhet-manager", body);
		body.put("publishAt", iso(this.clock.instant().plus(Duration.ofHours(3))));
		this.client.put().uri("/api/v1/posts/" + post)
			.headers((headers) -> {
				headers.setBearerAuth(token("enhet-manager"));
				headers.set("If-Match", "\"1\"");
			})
			.bodyValue(body)
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.publishAt").isEqualTo(this.clock.instant().plus(Duration.ofHours(3)).toString());
		this.clock.advance(Duration.ofHours(2));
		assertThat(this.publication.publishDue().block()).isZero();
		this.clock.advance(Duration.ofHours(1));
		assertThat(this.publication.publishDue().block()).isOne();
	}
}
