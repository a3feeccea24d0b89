package se.budkavle.news;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.core.publisher.Mono;

import se.budkavle.delivery.Announcement;
import se.budkavle.delivery.Notification;
import se.budkavle.delivery.Notifier;

/** Keeps what news asks delivery to send, since with no channel configured delivery records nothing. */
class RecordingNotifier implements Notifier {

	final List<Announcement> announcements = new CopyOnWriteArrayList<>();

	@Override
	public Mono<UUID> notify(Notification notification) {
		return Mono.just(UUID.randomUUID());
	}

	@Override
	public Mono<Long> notifyEach(List<UUID> recipientIds, String kind, String title, String body, String link,
			UUID postId) {
		return Mono.just((long) recipientIds.size());
	}

	@Override
	public Mono<Void> announce(Announcement announcement) {
		return Mono.fromRunnable(() -> this.announcements.add(announcement));
	}
}
