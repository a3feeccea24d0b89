package se.budkavle.platform.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Gives a problem body to refusals that filters ahead of the controllers answer with a bare status: a CORS request
 * from an origin that is not allowed (403) and a path the firewall rejects ({@code //}, {@code ;}, {@code %2f}: 400).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodilessRefusals implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return chain.filter(exchange).then(Mono.defer(() -> problemIfBodiless(exchange)));
	}

	private static Mono<Void> problemIfBodiless(ServerWebExchange exchange) {
		ServerHttpResponse response = exchange.getResponse();
		HttpStatusCode status = response.getStatusCode();
		if (response.isCommitted() || status == null || !status.is4xxClientError()) {
			return Mono.empty();
		}
		boolean crossOrigin = status.value() == 403 && exchange.getRequest().getHeaders().getOrigin() != null;
		String json = crossOrigin ? problem(403, "cross-origin-refused", "Origin not allowed",
				"This origin, method or header may not call the hub's API.")
				: problem(status.value(), "invalid-request", reason(status),
						"The hub does not accept this request (for example a path with //, ; or an encoded slash).");
		HttpHeaders headers = response.getHeaders();
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		headers.setContentLength(bytes.length);
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes)));
	}

	private static String reason(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase() : "Refused";
	}

	/** A problem body for a fixed text; written by hand because nothing here comes from the client. */
	static String problem(int status, String type, String title, String detail) {
		return "{\"type\":\"urn:budkavle:problem:" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"" + detail + "\"}";
	}
}
