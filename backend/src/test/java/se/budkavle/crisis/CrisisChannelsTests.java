package se.budkavle.crisis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import se.budkavle.delivery.DeliveryJobs;
import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crisis message goes out beyond the widgets through the delivery outbox: one in-app notification and one e-mail
 * per person, sent once however often the dispatcher runs, with the in-app delivery of each person in the crisis log.
 */
class CrisisChannelsTests extends HubTestSupport {

	@Autowired
	ApplicationContext context;

	@Test
	void everyPersonGetsExactlyOneEmailAndOneInAppNotification() throws MessagingException {
		String title = "Vattenläcka " + UUID.randomUUID();
		Map<String, Object> body = new HashMap<>(CrisisApiTests.crisis("RECEIVED", true, unit("hsf-aldre-hemtjanst-syd")));
		body.put("title", title);
		UUID crisis = UUID.fromString((String) as("director", Role.CRISIS).post().uri("/api/v1/crises").bodyValue(body)
			.exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id"));
		// Runs the outbox until nothing is due (earlier tests in this context may have left a backlog), then once more.
		for (int run = 0; run < 100 && DeliveryJobs.dispatch(this.context) > 0; run++) {
			assertThat(run).as("the outbox drains").isLessThan(99);
		}
		DeliveryJobs.dispatch(this.context);
		List<String> to = Arrays.stream(SMTP.getReceivedMessages())
			.filter((message) -> subject(message).contains(title))
			.map(CrisisChannelsTests::recipient)
			.toList();
		assertThat(to).containsExactlyInAnyOrder("maria.holm@demo.budkavle.se", "erik.deputy@demo.budkavle.se",
				"ahmed.hassan@demo.budkavle.se", "sofia.nilsson@demo.budkavle.se");
		MimeMessage mail = Arrays.stream(SMTP.getReceivedMessages()).filter((m) -> subject(m).contains(title))
			.findFirst().orElseThrow();
		assertThat(subject(mail)).contains("ÖVNING");
		// every e-mail links to the crisis through the configured template (budkavle.delivery.links.crisis)
		assertThat(content(mail)).contains(CRISIS_LINK.replace("{id}", crisis.toString()));
		assertThat(this.database.sql("""
				select count(*) from crisis_delivery where crisis_id = :id and channel = 'in-app' and status = 'SENT'""")
			.bind("id", crisis).mapValue(Long.class).one().block()).isEqualTo(4);
		// A full page: tests before this one in the shared database may have left the employee newer notifications.
		as("employee").get().uri("/api/v1/notifications?limit=100").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.items[?(@.title == 'ÖVNING: " + title + "')]").exists();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String content(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
