package se.budkavle.delivery;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The set-based notify: one call records for each of many recipients the very rows the per-person notify records (one
 * notification, one pending delivery per enabled channel that reaches people), in statements of a bounded batch, and
 * nothing when the caller's transaction rolls back.
 */
class BulkNotifyTests extends HubTestSupport {

	/** More than two batches, so that the last one is partial. */
	static final int RECIPIENTS = 12_000;

	@Autowired
	Notifier notifier;

	@Autowired
	ReactiveTransactionManager transactions;

	/** The test's own people, kinds and external ids start with it: the database is shared with other test classes. */
	String nonce;

	String kind;

	List<UUID> people;

	@BeforeEach
	void manyPeople() {
		this.nonce = "bulk-" + UUID.randomUUID();
		this.kind = this.nonce + ".crisis";
		// Inactive and without a unit, so that no other test's audience or count of active people includes them.
		this.people = this.database.sql("""
				insert into person (external_id, display_name, active)
				select :nonce || '-' || g, 'Massutskick ' || g, false from generate_series(1, :count) g
				returning id""")
			.bind("nonce", this.nonce)
			.bind("count", RECIPIENTS)
			.mapValue(UUID.class)
			.all()
			.collectList()
			.block();
	}

	@AfterEach
	void removeThem() {
		remove("delete from delivery where notification_id in (select id from notification where kind like :nonce)")
			.then(remove("delete from notification where kind like :nonce"))
			.then(remove("delete from person where external_id like :nonce"))
			.block();
	}

	@Test
	void oneCallWritesForEachRecipientOneNotificationAndOneDeliveryPerEnabledChannelAsNotifyDoes() {
		UUID single = this.notifier
			.notify(new Notification(this.people.get(0), this.nonce + ".single", "Enstaka", "Text", null, null))
			.block();
		List<String> perPersonChannels = this.database
			.sql("select channel from delivery where notification_id = :id order by channel")
			.bind("id", single)
			.mapValue(String.class)
			.all()
			.collectList()
			.block();
		assertThat(perPersonChannels).as("the enabled channels that reach people").containsExactly("email", "flaky");
		assertThat(RECIPIENTS).isGreaterThan(2 * OutboxNotifier.BATCH);

		StepVerifier.create(this.notifier.notifyEach(this.people, this.kind, "Strömavbrott", "Stanna hemma",
				"/kris/1", null))
			.expectNext((long) RECIPIENTS)
			.verifyComplete();

		assertThat(this.database.sql("""
				select count(*) as notifications, count(distinct recipient_id) as recipients,
				    count(*) filter (where recipient_id = any(:people)) as ours,
				    count(*) filter (where title = 'Strömavbrott' and body = 'Stanna hemma' and link = '/kris/1'
				        and post_id is null and read_at is null and created_at = :start) as as_sent
				from notification where kind = :kind""")
			.bind("people", this.people.toArray(UUID[]::new))
			.bind("start", START)
			.bind("kind", this.kind)
			.fetch()
			.one()
			.block()).isEqualTo(Map.of("notifications", (long) RECIPIENTS, "recipients", (long) RECIPIENTS, "ours",
					(long) RECIPIENTS, "as_sent", (long) RECIPIENTS));
		List<Map<String, Object>> perChannel = deliveriesPerChannel();
		assertThat(perChannel).extracting((row) -> row.get("channel")).containsExactlyElementsOf(perPersonChannels);
		assertThat(perChannel).allSatisfy((row) -> assertThat(row)
			.containsEntry("deliveries", (long) RECIPIENTS)
			.containsEntry("notifications", (long) RECIPIENTS)
			.containsEntry("pending", (long) RECIPIENTS));
	}

	@Test
	void nothingIsWrittenWhenTheCallersTransactionRollsBack() {
		TransactionalOperator transaction = TransactionalOperator.create(this.transactions);

		StepVerifier.create(transaction.transactional(this.notifier
			.notifyEach(this.people, this.kind, "Strömavbrott", "Stanna hemma", null, null)
			.then(Mono.defer(this::notifications))
			.flatMap((written) -> Mono.error(new IllegalStateException("rolled back after " + written)))))
			.expectErrorMessage("rolled back after " + RECIPIENTS)
			.verify();

		assertThat(notifications().block()).isZero();
		assertThat(deliveriesPerChannel()).isEmpty();
	}

	@Test
	void noRecipientsWriteNothing() {
		StepVerifier.create(this.notifier.notifyEach(List.of(), this.kind, "Strömavbrott", null, null, null))
			.expectNext(0L)
			.verifyComplete();
		assertThat(notifications().block()).isZero();
	}

	private Mono<Void> remove(String statement) {
		return this.database.sql(statement).bind("nonce", this.nonce + "%").then();
	}

	private Mono<Long> notifications() {
		return this.database.sql("select count(*) from notification where kind = :kind")
			.bind("kind", this.kind)
			.mapValue(Long.class)
			.one();
	}

	private List<Map<String, Object>> deliveriesPerChannel() {
		return this.database.sql("""
				select d.channel, count(*) as deliveries, count(distinct d.notification_id) as notifications,
				    count(*) filter (where d.person_id = n.recipient_id and d.status = 'PENDING' and d.attempts = 0
				        and d.post_id is null and d.unit_id is null and d.next_attempt_at = :start) as pending
				from delivery d join notification n on n.id = d.notification_id
				where n.kind = :kind group by d.channel order by d.channel""")
			.bind("start", START)
			.bind("kind", this.kind)
			.fetch()
			.all()
			.collectList()
			.block();
	}
}
