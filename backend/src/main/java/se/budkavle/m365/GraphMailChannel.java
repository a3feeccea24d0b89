package se.budkavle.m365;

import java.util.Set;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import se.budkavle.delivery.Delivery;
import se.budkavle.delivery.DeliveryChannel;
import se.budkavle.integration.graph.GraphMessages;

/**
 * E-mails reminders and important posts to people from the configured mailbox through Graph sendMail; other
 * notifications, and people without an address, are settled without mail.
 */
class GraphMailChannel implements DeliveryChannel {

	static final String NAME = "graph-mail";

	/** The notification kinds sent by e-mail; important posts also arrive as announcements. */
	static final Set<String> KINDS = Set.of("acknowledgement.reminder", "post.important", "crisis.sent");

	private final GraphMessages graph;

	private final M365Properties properties;

	private final HubLinks links;

	GraphMailChannel(GraphMessages graph, M365Properties properties, HubLinks links) {
		this.graph = graph;
		this.properties = properties;
		this.links = links;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean enabled() {
		return this.properties.mailbox() != null && !this.properties.mailbox().isBlank();
	}

	@Override
	public Mono<Void> deliver(Delivery delivery) {
		if (delivery.recipient() == null || delivery.recipient().email() == null) {
			return Mono.empty();
		}
		String subject;
		String html;
		if (delivery.notification() != null) {
			if (!KINDS.contains(delivery.notification().kind())) {
				return Mono.empty();
			}
			subject = delivery.notification().title();
			html = this.links.html(delivery.notification().body(), delivery.notification().link(), this.links.openText());
		}
		else if (delivery.announcement() != null) {
			subject = delivery.announcement().title();
			html = this.links.html(delivery.announcement().excerpt(), delivery.announcement().link(),
					this.links.readPostText());
		}
		else {
			return Mono.empty();
		}
		return Mono.<Void>fromRunnable(() -> this.graph.sendMail(this.properties.mailbox(),
				delivery.recipient().email(), delivery.recipient().displayName(), subject, html))
			.subscribeOn(Schedulers.boundedElastic());
	}
}
