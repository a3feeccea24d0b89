package se.budkavle.delivery;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Records notifications and announcements with one delivery row per enabled channel and recipient, in the caller's
 * transaction; the {@link DeliveryDispatcher} sends them later.
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
			    from n cross join unnest(cast(:channels as text[])) as c (channel))
			select id from n""";

	// One statement however large the audience: the per-person rows come from the post's stored audience.
	private static final String ANNOUNCE = """
			with a as (
			    insert into announcement (post_id, title, excerpt, link, unit_ids, created_at)
			    values (:postId, :title, :excerpt, :link, cast(:unitIds as uuid[]), :now)
			    returning id),
			people as (
			    insert into delivery (channel, announcement_id, post_id, person_id, status, next_attempt_at, created_at,
			        updated_at)
			    select c.channel, a.id, :postId, pa.person_id, 'PENDING', :now, :now, :now
			    from a cross join unnest(cast(:personChannels as text[])) as c (channel)
			    join post_audience pa on pa.post_id = :postId
			    join person p on p.id = pa.person_id and p.active)
			insert into delivery (channel, announcement_id, post_id, unit_id, status, next_attempt_at, created_at,
			    updated_at)
			select c.channel, a.id, :postId, u.unit_id, 'PENDING', :now, :now, :now
			from a cross join unnest(cast(:unitChannels as text[])) as c (channel)
			cross join unnest(cast(:unitIds as uuid[])) as u (unit_id)""";

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
	public Mono<Void> announce(Announcement announcement) {
		return Mono.defer(() -> {
			Objects.requireNonNull(announcement.postId(), "postId");
			String[] personChannels = this.channels.toPeople();
			String[] unitChannels = this.channels.toUnits();
			if (personChannels.length == 0 && unitChannels.length == 0) {
				return Mono.empty();
			}
			var spec = this.database.sql(ANNOUNCE)
				.bind("postId", announcement.postId())
				.bind("title", announcement.title())
				.bind("excerpt", Objects.requireNonNullElse(announcement.excerpt(), ""))
				.bind("unitIds", announcement.unitIds().toArray(UUID[]::new))
				.bind("now", this.clock.instant())
				.bind("personChannels", personChannels)
				.bind("unitChannels", unitChannels);
			spec = (announcement.link() != null) ? spec.bind("link", announcement.link())
					: spec.bindNull("link", String.class);
			return spec.fetch().rowsUpdated().then();
		});
	}
}
