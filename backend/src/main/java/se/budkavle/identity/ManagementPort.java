package se.budkavle.identity;

import java.net.InetSocketAddress;
import java.util.Objects;

import org.springframework.core.env.Environment;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Matches requests that arrived on the separate management port ({@code management.server.port}): Prometheus scrapes
 * it without a token, which is safe only because the port is not the API's (and is kept inside the cluster).
 */
final class ManagementPort implements ServerWebExchangeMatcher {

	private final Environment environment;

	ManagementPort(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Mono<MatchResult> matches(ServerWebExchange exchange) {
		Integer management = this.environment.getProperty("local.management.port", Integer.class);
		Integer api = this.environment.getProperty("local.server.port", Integer.class);
		InetSocketAddress local = exchange.getRequest().getLocalAddress();
		boolean separate = management != null && !Objects.equals(management, api);
		return (separate && local != null && local.getPort() == management) ? MatchResult.match()
				: MatchResult.notMatch();
	}
}
