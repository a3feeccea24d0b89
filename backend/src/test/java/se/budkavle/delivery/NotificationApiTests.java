package se.budkavle.delivery;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationApiTests extends HubTestSupport {

	@Autowired
	Notifier notifier;

	@Test
	void aPersonPagesThroughTheirOwnNotificationsNewestFirst() {
		// the outsider is in no other test's audience, so these are their only notifications
		UUID outsider = person("outsider");
		UUID first = this.notifier.notify(new Notification(outsider, "question.asked", "Första", "a", "/q/1", null))
			.block();
		this.clock.advance(Duration.ofMinutes(1));
		UUID second = this.notifier.notify(new Notification(outsider, "question.asked", "Andra", "b", null, null))
			.block();
		this.notifier.notify(new Notification(person("director"), "question.asked", "Inte din", "c", null, null))
			.block();

		var page = as("outsider").get()
			.uri("/api/v1/notifications?limit=1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()").isEqualTo(1)
			.jsonPath("$.items[0].id").isEqualTo(second.toString())
			.jsonPath("$.items[0].readAt").doesNotExist()
			.returnResult();
		String next = com.jayway.jsonpath.JsonPath.read(new String(page.getResponseBody()), "$.next");

		as("outsider").get()
			.uri("/api/v1/notifications?limit=1&after=" + next)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].id").isEqualTo(first.toString())
			.jsonPath("$.items[0].kind").isEqualTo("question.asked")
			.jsonPath("$.items[0].link").isEqualTo("/q/1")
			.jsonPath("$.next").doesNotExist();
	}

	@Test
	void markingReadStampsTheTimeOnceAndOthersCannotMarkIt() {
		UUID colleague = person("colleague");
		UUID id = this.notifier.notify(new Notification(colleague, "question.asked", "Läs mig", "a", null, null))
			.block();

		as("outsider").post().uri("/api/v1/notifications/{id}/read", id).exchange().expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:notification-not-found");
		as("colleague").post().uri("/api/v1/notifications/{id}/read", id).exchange().expectStatus().isNoContent();
		this.clock.advance(Duration.ofHours(1));
		as("colleague").post().uri("/api/v1/notifications/{id}/read", id).exchange().expectStatus().isNoContent();

		assertThat(this.database.sql("select read_at from notification where id = :id")
			.bind("id", id)
			.map((row) -> row.get(0, java.time.Instant.class))
			.one()
			.block()).isEqualTo(START);
	}

	@Test
	void notificationsNeedASignedInPerson() {
		this.client.get().uri("/api/v1/notifications").exchange().expectStatus().isUnauthorized();
		this.client.post().uri("/api/v1/notifications/{id}/read", UUID.randomUUID()).exchange().expectStatus()
			.isUnauthorized();
	}
}
