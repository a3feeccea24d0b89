package se.budkavle.delivery;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The delivery channels the application has, asked afresh each time which of them are enabled.
 */
@Component
class Channels {

	private final List<DeliveryChannel> all;

	Channels(ObjectProvider<DeliveryChannel> channels) {
		this.all = channels.orderedStream().toList();
	}

	/** Names of the enabled channels that reach people one by one. */
	String[] toPeople() {
		return this.all.stream()
			.filter((channel) -> channel.enabled() && channel.reachesPeople())
			.map(DeliveryChannel::name)
			.toArray(String[]::new);
	}

	/** Names of the enabled channels that post to units. */
	String[] toUnits() {
		return this.all.stream()
			.filter((channel) -> channel.enabled() && channel.reachesUnits())
			.map(DeliveryChannel::name)
			.toArray(String[]::new);
	}

	Optional<DeliveryChannel> enabled(String name) {
		return this.all.stream().filter((channel) -> channel.name().equals(name) && channel.enabled()).findFirst();
	}
}
