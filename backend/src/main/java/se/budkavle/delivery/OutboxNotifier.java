package se.budkavle.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Records notifications and announcements with one delivery row per enabled channel and recipient, in the caller's
 * transaction; the {@link DeliveryDispatcher} sends them later. The {@code web-push} channel gets rows only for people
 * with a browser subscription, so people without one add nothing to the outbox.
 */
@Service
class OutboxNotifier implements Notifier {

	static final String NOTIFY = """
			with n as (
			    insert into notification (recipient_id, kind, title, body, link, post_id, created_at)
			    values (:recipientId, :kind, :title, :body, :link, :postId, :at)
			    returning id),
			d as (
			    insert into delivery (channel, notification_id, post_id, person_id, status, next_attempt_at, created_at,
			        updated_at)
			    select c.channel, n.id, :postId, :recipientId, 'PENDING', :now, :now, :now
			    from n cross join unnest(cast(:channels as text[])) as c (channel)
			    where c.channel <> 'web-push'
			       or exists (select 1 from web_push_subscription s where s.person_id = :recipientId))
			select id from n""";

	/** The most recipients one {@link #NOTIFY_EACH} binds, so that no statement carries an unbounded array. */
	static final int BATCH = 5_000;

	// NOTIFY for a batch of recipients at once: the same notification and delivery rows, one statement per BATCH.
	static final String NOTIFY_EACH = """
			with n as (
			    insert into notification (recipient_id, kind, title, body, link, post_id, created_at)
			    select r.recipient_id, :kind, :title, :body, :link, :postId, :now
			    from unnest(cast(:recipientIds as uuid[])) as r (recipient_id)
			    returning id, recipient_id, post_id),
			d as (
			    insert into delivery (channel, notification_id, post_id, person_id, status, next_attempt_at, created_at,
			        updated_at)
			    select c.channel, n.id, n.post_id, n.recipient_id, 'PENDING', :now, :now, :now
			    from n cross join unnest(cast(:channels as text[])) as c (channel)
			    where c.channel <> 'web-push'
			       or exists (select 1 from web_push_subscription s where s.person_id = n.recipient_id))
			select count(*) from n""";

	// One statement however large the audience: the per-person rows come from the post's stored audience (none for an
	// announcement about no post). A key already announced inserts nothing, so no unit gets the same message twice.
	private static final String ANNOUNCE = """
			with a as (
			    insert into announcement (post_id, announcement_key, title, excerpt, link, unit_ids, fact_labels,
			        fact_values, created_at)
			    values (:postId, :key, :title, :excerpt, :link, cast(:unitIds as uuid[]), cast(:factLabels as text[]),
			        cast(:factValues as text[]), :now)
			    on conflict (announcement_key) do nothing
			    returning id),
			people as (
			    insert into delivery (channel, announcement_id, post_id, person_id, status, next_attempt_at, created_at,
			        updated_at)
			    select c.channel, a.id, :postId, pa.person_id, 'PENDING', :now, :now, :now
			    from a cross join unnest(cast(:personChannels as text[])) as c (channel)
			    join post_audience_fact pa on pa.post_id = :postId
			    join org_person p on p.id = pa.person_id and p.active
			    where c.channel <> 'web-push'
			       or exists (select 1 from web_push_subscription s where s.person_id = pa.person_id))
			insert into delivery (channel, announcement_id, post_id, unit_id, status, next_attempt_at, created_at,
			    updated_at)
			select c.channel, a.id, :postId, u.unit_id, 'PENDING', :now, :now, :now
			from a cross join unnest(cast(:unitChannels as text[])) as c (channel)
			cross join (select distinct unit_id from unnest(cast(:unitIds as uuid[])) as u (unit_id)) as u""";

	private final DatabaseClient database;

	private final Channels channels;

	private final Clock clock;

	OutboxNotifier(DatabaseClient database, Channels channels, Clock clock) {
		this.database = database;
		this.channels = channels;
		this.clock = clock;
	}

	@Override
	public Mono<UUID> notify(Notification notification) {
		return Mono.defer(() -> {
			Objects.requireNonNull(notification.recipientId(), "recipientId");
			Objects.requireNonNull(notification.kind(), "kind");
			Objects.requireNonNull(notification.title(), "title");
			var spec = this.database.sql(NOTIFY)
				.bind("recipientId", notification.recipientId())
				.bind("kind", notification.kind())
				.bind("title", notification.title())
				.bind("body", Objects.requireNonNullElse(notification.body(), ""))
				.bind("now", this.clock.instant())
				.bind("at", Objects.requireNonNullElseGet(notification.at(), this.clock::instant))
				.bind("channels", this.channels.toPeople());
			spec = (notification.link() != null) ? spec.bind("link", notification.link()) : spec.bindNull("link", String.class);
			spec = (notification.postId() != null) ? spec.bind("postId", notification.postId())
					: spec.bindNull("postId", UUID.class);
			return spec.map((row) -> row.get(0, UUID.class)).one();
		});
	}

	@Override
	public Mono<Long> notifyEach(List<UUID> recipientIds, String kind, String title, String body, String link,
			UUID postId) {
		return Mono.defer(() -> {
			var message = message(kind, title, body, link, postId);
			return Flux.fromIterable(recipientIds)
				.buffer(BATCH)
				.concatMap((batch) -> message.bind("recipientIds", batch.toArray(UUID[]::new))
					.mapValue(Long.class)
					.one())
				.reduce(0L, Long::sum);
		});
	}

	/** {@link #NOTIFY_EACH} bound with everything but the recipients, so that every batch records the same time. */
	private DatabaseClient.GenericExecuteSpec message(String kind, String title, String body, String link,
			UUID postId) {
		var spec = this.database.sql(NOTIFY_EACH)
			.bind("kind", Objects.requireNonNull(kind, "kind"))
			.bind("title", Objects.requireNonNull(title, "title"))
			.bind("body", Objects.requireNonNullElse(body, ""))
			.bind("now", this.clock.instant())
			.bind("channels", this.channels.toPeople());
		spec = (link != null) ? spec.bind("link", link) : spec.bindNull("link", String.class);
		return (postId != null) ? spec.bind("postId", postId) : spec.bindNull("postId", UUID.class);
	}

	@Override
	public Mono<Void> announce(Announcement announcement) {
		return Mono.defer(() -> {
			String[] personChannels = (announcement.postId() != null) ? this.channels.toPeople() : new String[0];
			String[] unitChannels = this.channels.toUnits();
			if (personChannels.length == 0 && unitChannels.length == 0) {
				return Mono.empty();
			}
			var spec = orNull(orNull(orNull(this.database.sql(ANNOUNCE), "postId", announcement.postId(), UUID.class),
					"key", announcement.key(), String.class), "link", announcement.link(), String.class)
				.bind("title", announcement.title())
				.bind("excerpt", Objects.requireNonNullElse(announcement.excerpt(), ""))
				.bind("unitIds", announcement.unitIds().toArray(UUID[]::new))
				.bind("factLabels", announcement.facts().stream().map(Announcement.Fact::label).toArray(String[]::new))
				.bind("factValues", announcement.facts().stream().map(Announcement.Fact::value).toArray(String[]::new))
				.bind("now", this.clock.instant())
				.bind("personChannels", personChannels)
				.bind("unitChannels", unitChannels);
			return spec.fetch().rowsUpdated().then();
		});
	}

	private static DatabaseClient.GenericExecuteSpec orNull(DatabaseClient.GenericExecuteSpec spec, String name,
			Object value, Class<?> type) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, type);
	}
}
