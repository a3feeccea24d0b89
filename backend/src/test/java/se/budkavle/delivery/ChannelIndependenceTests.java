package se.budkavle.delivery;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each channel drains on its own: while one channel's sends hang (a stalled network, Microsoft 365 not answering),
 * the e-mail due after them still goes out, and the stalled ones are sent once when the channel answers again.
 */
class ChannelIndependenceTests extends HubTestSupport {

	@Autowired
	Notifier notifier;

	@Autowired
	DeliveryDispatcher dispatcher;

	@Autowired
	DeliveryProperties properties;

	@Autowired
	TestChannel flaky;

	@BeforeEach
	void nothingDue() {
		this.flaky.reset();
		this.database.sql("update delivery set status = 'SENT' where status in ('PENDING', 'FAILED')").then().block();
	}

	@AfterEach
	void openTheGate() {
		this.flaky.release();
	}

	@Test
	void aStalledChannelDoesNotHoldBackTheEmailDueAfterIt() throws Exception {
		String title = "Kanaltest " + UUID.randomUUID();
		int count = this.properties.concurrency() * 2 + 1;
		for (int i = 0; i < count; i++) {
			this.notifier.notify(new Notification(person("employee"), "test", title, "Text", null, null)).block();
		}
		// the stalled channel's rows are the oldest: a dispatcher taking rows in due order meets them first
		this.database.sql("""
				update delivery set next_attempt_at = next_attempt_at - interval '1 minute'
				where channel = 'flaky' and status = 'PENDING'""").then().block();
		this.flaky.hold();

		CompletableFuture<Long> run = this.dispatcher.dispatch().toFuture();

		await().atMost(Duration.ofMinutes(2)).until(() -> emails(title) >= count);
		assertThat(emails(title)).isEqualTo(count);
		// this test's rows only: earlier tests in the shared database leave flaky rows that gave up
		assertThat(this.database.sql("""
				select count(*) from delivery d join notification n on n.id = d.notification_id
				where d.channel = 'flaky' and d.status in ('FAILED', 'GAVE_UP') and n.title = :title""")
			.bind("title", title)
			.mapValue(Long.class).one().block()).as("the stalled sends have not timed out yet").isZero();
		assertThat(run).isNotDone();

		this.flaky.release();
		run.get(2, TimeUnit.MINUTES);
		assertThat(this.flaky.sent).filteredOn((delivery) -> title.equals(delivery.notification().title()))
			.hasSize(count);
	}

	private long emails(String title) {
		return Arrays.stream(SMTP.getReceivedMessages()).filter((message) -> {
			try {
				return message.getSubject().contains(title);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).count();
	}
}
