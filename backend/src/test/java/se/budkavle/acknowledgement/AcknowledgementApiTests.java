package se.budkavle.acknowledgement;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.Role;
import se.budkavle.identity.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AcknowledgementApiTests extends HubTestSupport {

	static final String PROBLEM = "urn:budkavle:problem:";

	@Autowired
	AcknowledgementTopics topics;

	UUID post;

	@BeforeEach
	void aPostToHemtjanstSydAskingForAcknowledgement() {
		this.post = AckPosts.publish(as("enhet-manager"), unit("hsf-aldre-hemtjanst-syd"),
				START.plus(Duration.ofDays(3)));
	}

	@Test
	void anAcknowledgementIsStoredOnceAndARepeatReturnsTheSameTimeAndWritesNothing() {
		acknowledge("employee").expectStatus().isOk().expectBody().jsonPath("$.acknowledgedAt").isEqualTo(START.toString());
		this.clock.advance(Duration.ofHours(2));
		acknowledge("employee").expectStatus().isOk().expectBody().jsonPath("$.acknowledgedAt").isEqualTo(START.toString());

		assertThat(count("select count(*) from acknowledgement where post_id = :post")).isEqualTo(1);
		assertThat(this.database.sql("select acknowledged_at from acknowledgement where post_id = :post")
			.bind("post", this.post)
			.map((row) -> row.get(0, Instant.class))
			.one()
			.block()).isEqualTo(START);
		await().atMost(Duration.ofSeconds(30)).until(() -> progressEvents() == 1);
		assertThat(count("select count(*) from event where topic = 'acknowledgements:' || :post"
				+ " and type = 'acknowledgement.progress' and payload = jsonb_build_object('postId', cast(:post as text))"))
			.as("the announcement names the post and carries no figures").isEqualTo(1);
	}

	@Test
	void acknowledgementsWithinTheIntervalAreAnnouncedOnceWithTheirTotal() {
		acknowledge("employee").expectStatus().isOk();
		acknowledge("colleague").expectStatus().isOk();
		await().atMost(Duration.ofSeconds(30)).until(() -> progressEvents() > 0);
		assertThat(progressEvents()).as("one announcement for both").isEqualTo(1);
		acknowledge("deputy").expectStatus().isOk();
		await().atMost(Duration.ofSeconds(30)).until(() -> progressEvents() == 2);
	}

	private long progressEvents() {
		return count("select count(*) from event where topic = 'acknowledgements:' || :post"
				+ " and type = 'acknowledgement.progress'");
	}

	@Test
	void acknowledgingAPostThatDoesNotAskForItIsAConflict() {
		UUID plain = AckPosts.publish(as("enhet-manager"), unit("hsf-aldre-hemtjanst-syd"), null);
		as("employee").put()
			.uri("/api/v1/posts/{id}/acknowledgement", plain)
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM + "acknowledgement-not-requested");
		assertThat(count("select count(*) from acknowledgement where post_id = '" + plain + "'")).isZero();
	}

	@Test
	void onlyTheAudienceAcknowledges() {
		acknowledge("outsider").expectStatus().isNotFound().expectBody().jsonPath("$.type").isEqualTo(PROBLEM + "post-not-found");
		// the avdelning manager may read the post but was not in its audience
		acknowledge("avdelning-manager").expectStatus().isNotFound();
		as("employee").put().uri("/api/v1/posts/{id}/acknowledgement", UUID.randomUUID()).exchange().expectStatus()
			.isNotFound();
		this.client.put().uri("/api/v1/posts/{id}/acknowledgement", this.post).exchange().expectStatus().isUnauthorized();
		assertThat(count("select count(*) from acknowledgement where post_id = :post")).isZero();
	}

	@Test
	void theProgressIsForTheAuthorManagersHrAndAdminsOnly() {
		acknowledge("employee").expectStatus().isOk();
		progress(as("enhet-manager")).expectStatus().isOk().expectBody().jsonPath("$.audience").isEqualTo(3)
			.jsonPath("$.acknowledged").isEqualTo(1).jsonPath("$.title").isEqualTo("Nytt schema");
		progress(as("avdelning-manager")).expectStatus().isOk().expectBody().jsonPath("$.audience").isEqualTo(3);
		progress(as("outsider", Role.HR)).expectStatus().isOk().expectBody().jsonPath("$.audience").isEqualTo(3);
		progress(as("admin", Role.ADMIN)).expectStatus().isOk().expectBody().jsonPath("$.audience").isEqualTo(3);
		progress(as("employee")).expectStatus().isForbidden().expectBody().jsonPath("$.type").isEqualTo(PROBLEM + "forbidden");
		progress(as("communicator", Role.COMMUNICATOR)).expectStatus().isForbidden();
		progress(as("outsider")).expectStatus().isNotFound();
		progress(as("nord-manager")).expectStatus().isNotFound();
		progress(this.client).expectStatus().isUnauthorized();
	}

	@Test
	void onlyTheAuthorTheManagersAndHrSeeWhoIsPendingNotAdministrators() {
		acknowledge("employee").expectStatus().isOk();
		progress(as("enhet-manager")).expectStatus().isOk().expectBody().jsonPath("$.pending.length()").isEqualTo(2);
		progress(as("avdelning-manager")).expectStatus().isOk().expectBody().jsonPath("$.pending.length()").isEqualTo(2);
		progress(as("outsider", Role.HR)).expectStatus().isOk().expectBody().jsonPath("$.pending.length()").isEqualTo(2);
		progress(as("admin", Role.ADMIN)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.pending.length()").isEqualTo(0)
			.jsonPath("$.pendingCount").isEqualTo(2);
	}

	@Test
	void theProgressCountsEachUnitOverItsSubtreeAndListsWhoIsPending() {
		acknowledge("employee").expectStatus().isOk();
		as("enhet-manager").get()
			.uri("/api/v1/posts/{id}/acknowledgements?unitId={unit}", this.post, unit("hsf-aldre-hemtjanst-syd"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.postId").isEqualTo(this.post.toString())
			.jsonPath("$.deadline").isEqualTo(START.plus(Duration.ofDays(3)).toString())
			.jsonPath("$.audience").isEqualTo(3)
			.jsonPath("$.acknowledged").isEqualTo(1)
			.jsonPath("$.byUnit.length()").isEqualTo(1)
			.jsonPath("$.byUnit[0].name").isEqualTo("Arbetsgrupp A")
			.jsonPath("$.byUnit[0].audience").isEqualTo(1)
			.jsonPath("$.byUnit[0].acknowledged").isEqualTo(1)
			// Maria Holm wrote the post: she is not pending for her own post
			.jsonPath("$.pending[*].displayName").isEqualTo(java.util.List.of("Erik Deputy", "Sofia Nilsson"))
			.jsonPath("$.pending[0].unitName").isEqualTo("Hemtjänst Syd")
			.jsonPath("$.pending[0].personId").isEqualTo(person("deputy").toString());
	}

	@Test
	void theProgressTopicIsForThoseWhoSeeTheWholeProgress() {
		String topic = "acknowledgements:" + this.post;
		assertThat(this.topics.handles(topic)).isTrue();
		assertThat(maySubscribe("enhet-manager", topic)).isTrue();
		assertThat(maySubscribe("avdelning-manager", topic)).isTrue();
		assertThat(maySubscribe("outsider", topic, Role.HR)).isTrue();
		assertThat(maySubscribe("employee", topic)).isFalse();
		assertThat(maySubscribe("outsider", topic)).isFalse();
		assertThat(maySubscribe("enhet-manager", "acknowledgements:nonsense")).isFalse();
	}

	private boolean maySubscribe(String key, String topic, Role... roles) {
		return this.topics.maySubscribe(new Viewer(person(key), key, null, Set.of(roles)), topic).block();
	}

	private WebTestClient.ResponseSpec acknowledge(String key) {
		return as(key).put().uri("/api/v1/posts/{id}/acknowledgement", this.post).exchange();
	}

	private WebTestClient.ResponseSpec progress(WebTestClient client) {
		return client.get().uri("/api/v1/posts/{id}/acknowledgements", this.post).exchange();
	}

	private long count(String sql) {
		var spec = this.database.sql(sql);
		if (sql.contains(":post")) {
			spec = spec.bind("post", this.post);
		}
		return spec.map((row) -> ((Number) row.get(0)).longValue()).one().block();
	}
}
