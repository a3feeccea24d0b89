package se.budkavle.m365;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

import se.budkavle.delivery.Announcement;
import se.budkavle.delivery.Delivery;
import se.budkavle.delivery.DeliveryChannel;

/**
 * Announces important posts and other announcements (crisis messages) in the Teams channel mapped to each announced
 * unit, as an Adaptive Card with a link back to the hub, through the channel's Workflows webhook; units without a
 * mapped channel get nothing.
 */
class TeamsChannel implements DeliveryChannel {

	static final String NAME = "teams";

	private final WebClient client;

	private final M365Properties properties;

	private final HubLinks links;

	TeamsChannel(WebClient client, M365Properties properties, HubLinks links) {
		this.client = client;
		this.properties = properties;
		this.links = links;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean enabled() {
		return !this.properties.channels().isEmpty();
	}

	@Override
	public boolean reachesPeople() {
		return false;
	}

	@Override
	public boolean reachesUnits() {
		return true;
	}

	@Override
	public Mono<Void> deliver(Delivery delivery) {
		Announcement announcement = delivery.announcement();
		if (announcement == null || delivery.unitId() == null) {
			return Mono.empty();
		}
		String unit = delivery.unitExternalId();
		return Mono.justOrEmpty((unit != null) ? this.properties.channels().get(unit) : null)
			.flatMap((webhook) -> post(unit, webhook, announcement));
	}

	// The flow answers 202 once it has taken the card; anything else, or no answer in time, is a failed attempt.
	private Mono<Void> post(String unit, M365Properties.TeamsWebhook webhook, Announcement announcement) {
		return this.client.post()
			.uri(webhook.uri())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(TeamsCard.of(announcement.title(), announcement.excerpt(), announcement.facts(),
					this.links.absolute(announcement.link()),
					(announcement.postId() != null) ? this.links.readPostText() : this.links.openText()))
			.exchangeToMono((response) -> response.statusCode().is2xxSuccessful() ? response.releaseBody()
					: response.releaseBody().then(Mono.error(new TeamsPostFailed(unit, response.statusCode()))))
			.timeout(this.properties.webhookTimeout())
			.onErrorMap((error) -> !(error instanceof TeamsPostFailed), (error) -> new TeamsPostFailed(unit, error));
	}
}
