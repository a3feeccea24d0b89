package se.budkavle.news;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import reactor.test.StepVerifier;

import se.budkavle.delivery.DeepLinks;
import se.budkavle.live.LiveEvent;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationHooksTests extends NewsApiSupport {

	@Autowired
	NewsTopics topics;

	@Autowired
	RecordingNotifier notifier;

	@Autowired
	DeepLinks links;

	@Test
	void publishingEditingAndWithdrawingAreLiveEventsAndAnImportantPostIsAnnounced() {
		this.notifier.announcements.clear();
		var body = body("Viktigt", ENHET);
		body.put("priority", "IMPORTANT");
		UUID post = publish("enhet-manager", body);
		publish("enhet-manager", "Vanlig", ENHET);
		assertThat(this.notifier.announcements).as("only important posts are announced")
			.containsExactly(new se.budkavle.delivery.Announcement(post, "Viktigt",
					"Hej alla! Läs mer på https://stad.se.", this.links.post(post), List.of(this.organisation.unit(ENHET))));
		this.client.put().uri("/api/v1/posts/" + post)
			.headers((headers) -> {
				headers.setBearerAuth(token("enhet-manager"));
				headers.set("If-Match", "\"1\"");
			})
			.bodyValue(body)
			.exchange()
			.expectStatus().isOk();
		post("enhet-manager", "/api/v1/posts/" + post + "/withdrawal", Map.of("reason", "Fel")).exchange()
			.expectStatus().isOk();
		assertThat(this.organisation.strings("select topic || ' ' || type from event where payload->>'postId' = '" + post
				+ "' order by id"))
			.containsExactly("feed post.published", "feed post.updated", "post:" + post + " post.updated",
					"feed post.withdrawn", "post:" + post + " post.withdrawn");
	}

	@Test
	void feedEventsReachTheAudienceAndPostEventsAlsoTheAuthorAndManagers() {
		UUID post = publish("enhet-manager", "Nytt", ENHET);
		UUID employee = person("employee");
		UUID avdelningManager = person("avdelning-manager");
		UUID enhetManager = person("enhet-manager");
		List<UUID> people = List.of(employee, person("outsider"), avdelningManager, enhetManager);
		StepVerifier.create(this.topics.mayReceive(LiveEvent.of("feed", "post.published", Map.of("postId", post.toString())),
				people).collectList())
			// the author is not in her own audience, so her feed gets no event of her own post
			.assertNext((ids) -> assertThat(ids).containsExactlyInAnyOrder(employee))
			.verifyComplete();
		StepVerifier.create(this.topics.mayReceive(LiveEvent.of("post:" + post, "post.updated", Map.of()), people)
			.collectList())
			.assertNext((ids) -> assertThat(ids).containsExactlyInAnyOrder(employee, enhetManager, avdelningManager))
			.verifyComplete();
		StepVerifier.create(this.topics.maySubscribe(this.organisation.viewer("outsider"), "post:" + post))
			.expectNext(false).verifyComplete();
		StepVerifier.create(this.topics.maySubscribe(this.organisation.viewer("hr"), "post:" + post))
			.expectNext(true).verifyComplete();
		StepVerifier.create(this.topics.maySubscribe(this.organisation.viewer("outsider"), "feed"))
			.expectNext(true).verifyComplete();
	}

	private UUID person(String key) {
		return this.organisation.person(key);
	}
}
