package se.budkavle.platform.web;

import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Lets pages on other origins that isolate themselves ({@code Cross-Origin-Embedder-Policy}) still load the widget
 * files, and tells caches that the files vary by the encodings a browser accepts.
 */
final class WidgetResourcePolicy implements WebFilter {

	static final String CORP = "Cross-Origin-Resource-Policy";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/widgets/")) {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			headers.set(CORP, "cross-origin");
			exchange.getResponse().beforeCommit(() -> {
				if (!headers.getVary().contains(HttpHeaders.ACCEPT_ENCODING)) {
					headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
				}
				return Mono.empty();
			});
		}
		return chain.filter(exchange);
	}
}
