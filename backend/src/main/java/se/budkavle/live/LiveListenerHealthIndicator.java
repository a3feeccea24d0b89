package se.budkavle.live;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code liveListener}, part of readiness: an instance without its LISTEN connection would serve
 * requests but miss every live event, so it is not ready until the connection is back.
 */
@Component
class LiveListenerHealthIndicator extends AbstractHealthIndicator {

	private final InstanceListener listener;

	LiveListenerHealthIndicator(InstanceListener listener) {
		super("The LISTEN connection could not be checked");
		this.listener = listener;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		if (this.listener.listening()) {
			builder.up();
		}
		else {
			builder.down();
		}
	}
}
