package se.budkavle.delivery;

import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class EmailDeliveryTests extends HubTestSupport {

	@Autowired
	Notifier notifier;

	@Autowired
	DeliveryDispatcher dispatcher;

	@BeforeEach
	void emptyMailbox() throws Exception {
		this.database.sql("update delivery set status = 'SENT' where status in ('PENDING', 'FAILED')").then().block();
		SMTP.purgeEmailFromAllMailboxes();
	}

	@Test
	void aNotificationIsSentByEmailOverSmtpWithAnAbsoluteLink() throws Exception {
		UUID id = this.notifier.notify(new Notification(person("colleague"), "acknowledgement.reminder",
				"Påminnelse: Nytt schema", "Bekräfta att du har läst.", "/posts/42", null)).block();

		this.dispatcher.dispatch().block();

		MimeMessage[] received = SMTP.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("sofia.nilsson@demo.budkavle.se");
		assertThat(received[0].getFrom()[0].toString()).isEqualTo("budkavle@hub.test");
		assertThat(received[0].getSubject()).isEqualTo("Påminnelse: Nytt schema");
		assertThat(received[0].getContent().toString()).contains("Bekräfta att du har läst.")
			.contains("https://hub.test/posts/42");
		assertThat(this.database.sql("select status from delivery where channel = 'email' and notification_id = :id")
			.bind("id", id)
			.map((row) -> row.get(0, String.class))
			.one()
			.block()).isEqualTo("SENT");
	}

	@Test
	void everyAttemptOfOneDeliveryCarriesTheSameMessageIdNamedAfterTheDelivery() throws Exception {
		UUID id = this.notifier.notify(new Notification(person("colleague"), "test", "Samma brev", "Text", null, null))
			.block();
		UUID delivery = this.database.sql("select id from delivery where channel = 'email' and notification_id = :id")
			.bind("id", id)
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
		this.dispatcher.dispatch().block();
		// As if the hub had stopped after sending but before recording: the same delivery goes out again.
		this.database.sql("update delivery set status = 'PENDING', next_attempt_at = :due where id = :id")
			.bind("id", delivery)
			.bind("due", this.clock.instant())
			.then()
			.block();
		this.dispatcher.dispatch().block();

		MimeMessage[] received = SMTP.getReceivedMessages();
		assertThat(received).hasSize(2)
			.allSatisfy((message) -> assertThat(message.getMessageID())
				.isEqualTo("<delivery-" + delivery + "@hub.test>"));
	}

	@Test
	void anAnnouncementRecordsOneEmailPerAudienceMemberAndOneDeliveryPerUnitChannelInOneStatement() {
		UUID syd = unit("hsf-aldre-hemtjanst-syd");
		UUID post = TestPost.publish(this.database, person("enhet-manager"), syd, List.of("employee", "colleague"),
				this.organisation);

		this.notifier.announce(new Announcement(post, "Viktigt", "Utdrag", "/posts/" + post, List.of(syd))).block();

		var rows = this.database.sql("""
				select channel, coalesce(p.email, u.name) as target, d.status from delivery d
				left join person p on p.id = d.person_id left join unit u on u.id = d.unit_id
				where d.post_id = :post order by channel, target""")
			.bind("post", post)
			.map((row) -> row.get("channel", String.class) + " " + row.get("target", String.class) + " "
					+ row.get("status", String.class))
			.all()
			.collectList()
			.block();
		assertThat(rows).containsExactly("email ahmed.hassan@demo.budkavle.se PENDING",
				"email sofia.nilsson@demo.budkavle.se PENDING", "flaky ahmed.hassan@demo.budkavle.se PENDING",
				"flaky sofia.nilsson@demo.budkavle.se PENDING", "teams Hemtjänst Syd PENDING");

		this.dispatcher.dispatch().block();
		assertThat(SMTP.getReceivedMessages()).hasSize(2)
			.allSatisfy((message) -> assertThat(message.getSubject()).isEqualTo("Viktigt"));
	}
}
