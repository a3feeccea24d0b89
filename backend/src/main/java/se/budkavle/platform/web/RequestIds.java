package se.budkavle.platform.web;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives every request an id: the caller's {@code X-Request-Id}, else the trace id of its W3C {@code traceparent},
 * else a new one. It is echoed as {@code X-Request-Id}, written into every problem body ({@code requestId}), and
 * named in the access log and, through the Reactor context ({@link RequestLogging}), in the lines the hub logs while
 * serving the request, so a user's report finds its log lines.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIds implements WebFilter {

	static final String HEADER = "X-Request-Id";

	/** The request's id in the Reactor context and in the logging MDC. */
	static final String KEY = "requestId";

	static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");

	private final JsonMapper json;

	RequestIds(JsonMapper json) {
		this.json = json;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String id = idOf(exchange.getRequest());
		exchange.getAttributes().put(ATTRIBUTE, id);
		exchange.getResponse().getHeaders().set(HEADER, id);
		ServerWebExchange tagged = exchange.mutate()
			.response(new ProblemWithRequestId(exchange.getResponse(), id, this.json))
			.build();
		return chain.filter(tagged).contextWrite(Context.of(KEY, id));
	}

	/** The id of the exchange's request, or {@code null} before this filter ran. */
	static String of(ServerWebExchange exchange) {
		return exchange.getAttribute(ATTRIBUTE);
	}

	static String idOf(ServerHttpRequest request) {
		String given = request.getHeaders().getFirst(HEADER);
		if (given != null && ACCEPTED.matcher(given).matches()) {
			return given;
		}
		String traceparent = request.getHeaders().getFirst("traceparent");
		if (traceparent != null) {
			Matcher trace = TRACEPARENT.matcher(traceparent.trim());
			if (trace.matches()) {
				return trace.group(1);
			}
		}
		return UUID.randomUUID().toString();
	}
}
