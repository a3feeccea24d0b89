package se.budkavle.acknowledgement;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.test.StepVerifier;

import se.budkavle.delivery.DeliveryJobs;
import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderTests extends HubTestSupport {

	@Autowired
	DeadlineReminders deadlineReminders;

	@Autowired
	ApplicationContext context;

	UUID post;

	@BeforeEach
	void aPostToHemtjanstSydAcknowledgedByAhmed() {
		// posts of other tests must not be reminded by the deadline job here
		this.database.sql("update post set ack_required = false where ack_required").then().block();
		this.post = AckPosts.publish(as("enhet-manager"), unit("hsf-aldre-hemtjanst-syd"),
				START.plus(Duration.ofDays(3)));
		as("employee").put().uri("/api/v1/posts/{id}/acknowledgement", this.post).exchange().expectStatus().isOk();
	}

	@Test
	void theAuthorRemindsThoseStillPendingThroughTheNotifierButNeverThemself() {
		remind(as("enhet-manager")).expectStatus().isAccepted().expectBody().jsonPath("$.reminded").isEqualTo(2)
			.jsonPath("$.alreadyRemindedToday").isEqualTo(0);

		assertThat(reminded()).containsExactlyInAnyOrder(person("deputy"), person("colleague"));
		assertThat(this.database.sql("""
				select count(*) from delivery d join notification n on n.id = d.notification_id
				where n.post_id = :post and d.channel = 'email' and d.status = 'PENDING'""")
			.bind("post", this.post)
			.map((row) -> ((Number) row.get(0)).longValue())
			.one()
			.block()).isEqualTo(2);
	}

	@Test
	void theReminderEmailLinksToThePostThroughTheConfiguredTemplate() throws Exception {
		remind(as("enhet-manager")).expectStatus().isAccepted();
		for (int run = 0; run < 100 && DeliveryJobs.dispatch(this.context) > 0; run++) {
			assertThat(run).as("the outbox drains").isLessThan(99);
		}

		String link = POST_LINK.replace("{id}", this.post.toString());
		List<String> mailed = new java.util.ArrayList<>();
		for (jakarta.mail.internet.MimeMessage message : SMTP.getReceivedMessages()) {
			if (message.getContent().toString().contains(link)) {
				mailed.add(message.getAllRecipients()[0].toString());
			}
		}
		assertThat(mailed).containsExactlyInAnyOrder("erik.deputy@demo.budkavle.se", "sofia.nilsson@demo.budkavle.se");
	}

	@Test
	void nobodyIsRemindedAboutTheSamePostMoreThanOnceADayWhoeverAsks() {
		remind(as("enhet-manager")).expectStatus().isAccepted();
		this.clock.advance(Duration.ofHours(23));
		remind(as("avdelning-manager")).expectStatus().isAccepted().expectBody().jsonPath("$.reminded").isEqualTo(0)
			.jsonPath("$.alreadyRemindedToday").isEqualTo(2);
		remind(as("communicator", Role.COMMUNICATOR)).expectStatus().isAccepted().expectBody()
			.jsonPath("$.reminded").isEqualTo(0);
		assertThat(reminded()).hasSize(2);

		this.clock.advance(Duration.ofHours(1));
		as("colleague").put().uri("/api/v1/posts/{id}/acknowledgement", this.post).exchange().expectStatus().isOk();
		remind(as("admin", Role.ADMIN)).expectStatus().isAccepted().expectBody().jsonPath("$.reminded").isEqualTo(1);
		assertThat(reminded()).hasSize(3);
	}

	@Test
	void onlyTheAuthorManagersAboveCommunicatorsAndAdminsRemind() {
		remind(as("employee")).expectStatus().isForbidden();
		remind(as("hr", Role.HR)).expectStatus().isForbidden();
		remind(as("outsider")).expectStatus().isNotFound();
		remind(as("nord-manager")).expectStatus().isNotFound();
		remind(this.client).expectStatus().isUnauthorized();
		assertThat(reminded()).isEmpty();
		remind(as("director")).expectStatus().isAccepted().expectBody().jsonPath("$.reminded").isEqualTo(2);
	}

	@Test
	void theAutomaticReminderGoesOutOnceTheConfiguredTimeBeforeTheDeadline() {
		StepVerifier.create(this.deadlineReminders.remindBeforeDeadlines()).expectNext(0L).verifyComplete();

		this.clock.advance(Duration.ofDays(2).minusMinutes(1));
		StepVerifier.create(this.deadlineReminders.remindBeforeDeadlines()).expectNext(0L).verifyComplete();
		this.clock.advance(Duration.ofMinutes(1));
		StepVerifier.create(this.deadlineReminders.remindBeforeDeadlines()).expectNext(2L).verifyComplete();
		assertThat(reminded()).hasSize(2);

		this.clock.advance(Duration.ofHours(12));
		StepVerifier.create(this.deadlineReminders.remindBeforeDeadlines()).expectNext(0L).verifyComplete();
		assertThat(reminded()).hasSize(2);
	}

	@Test
	void theAutomaticReminderSkipsThoseRemindedByHandWithinTheDay() {
		this.clock.advance(Duration.ofDays(1).plusHours(12));
		remind(as("enhet-manager")).expectStatus().isAccepted();
		this.clock.advance(Duration.ofHours(12));
		StepVerifier.create(this.deadlineReminders.remindBeforeDeadlines()).expectNext(0L).verifyComplete();
		assertThat(reminded()).hasSize(2);
	}

	@Test
	void theReminderAsksToAcknowledgeTheNewsInTheGlossarysWords() {
		remind(as("enhet-manager")).expectStatus().isAccepted();
		List<String> bodies = this.database.sql("""
				select body from notification where post_id = :post and kind = 'acknowledgement.reminder'""")
			.bind("post", this.post)
			.map((row) -> row.get(0, String.class))
			.all()
			.collectList()
			.block();
		assertThat(bodies).isNotEmpty().allSatisfy((body) -> assertThat(body).startsWith("Kvittera att du har läst nyheten")
			.doesNotContainIgnoringCase("bekräfta")
			.doesNotContainIgnoringCase("inlägg"));
	}

	private WebTestClient.ResponseSpec remind(WebTestClient client) {
		return client.post().uri("/api/v1/posts/{id}/reminders", this.post).exchange();
	}

	private List<UUID> reminded() {
		return this.database.sql("""
				select recipient_id from notification where post_id = :post and kind = 'acknowledgement.reminder'""")
			.bind("post", this.post)
			.map((row) -> row.get(0, UUID.class))
			.all()
			.collectList()
			.block();
	}
}
