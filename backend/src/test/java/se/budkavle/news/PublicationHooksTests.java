package se.budkavle.news;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import reactor.test.StepVerifier;

import se.budkavle.live.LiveEvent;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationHooksTests extends NewsApiSupport {

	@Autowired
	NewsTopics topics;

	@Test
	void publishingEditingAndWithdrawingAreLiveEventsAndAnImportantPostIsAnnounced() {
		this.database.sql("truncate event").then().block();
		var body = body("Viktigt", ENHET);
		body.put("priority", "IMPORTANT");
		UUID post = publish("enhet-manager", body);
		assertThat(count("select count(*) from announcement where post_id = '" + post + "' and link = '/posts/" + post
				+ "' and unit_ids = array['" + this.organisation.unit(ENHET) + "'::uuid]")).isOne();
		publish("enhet-manager", "Vanlig", ENHET);
		assertThat(count("select count(*) from announcement")).as("normal posts are not announced").isOne();
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
		List<UUID> people = List.of(person("employee"), person("outsider"), person("avdelning-manager"),
				person("enhet-manager"));
		StepVerifier.create(this.topics.mayReceive(LiveEvent.of("feed", "post.published", Map.of("postId", post.toString())),
				people).collectList())
			.assertNext((ids) -> assertThat(ids).containsExactlyInAnyOrder(person("employee"), person("enhet-manager")))
			.verifyComplete();
		StepVerifier.create(this.topics.mayReceive(LiveEvent.of("post:" + post, "post.updated", Map.of()), people)
			.collectList())
			.assertNext((ids) -> assertThat(ids).containsExactlyInAnyOrder(person("employee"), person("enhet-manager"),
					person("avdelning-manager")))
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
