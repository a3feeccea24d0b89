package se.budkavle.identity;

import java.util.Optional;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Logs every change asked of the API (POST, PUT, PATCH, DELETE) with who asked, the answer and the request id, on the
 * logger {@code budkavle.audit}: publishing, withdrawing, acknowledging, moderating, imports and syncs alike. Runs
 * inside the security chain, where the signed-in person is known. Asking a question and following one up with its
 * key are logged without the person: the filter cannot see whether the question is anonymous, and an anonymous
 * question keeps no link to its asker, in the log neither.
 */
@Component
class AuditLog implements WebFilter {

	private static final Log logger = LogFactory.getLog("budkavle.audit");

	private static final Set<HttpMethod> CHANGES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
			HttpMethod.DELETE);

	private static final String QUESTIONS = "/api/v1/questions";

	private static final String FOLLOW_UP_KEY = "X-Follow-Up-Key";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		var request = exchange.getRequest();
		if (!CHANGES.contains(request.getMethod()) || !request.getPath().value().startsWith("/api/")) {
			return chain.filter(exchange);
		}
		return Viewers.current()
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((viewer) -> chain.filter(exchange).doFinally((signal) -> log(exchange, viewer)));
	}

	private static void log(ServerWebExchange exchange, Optional<Viewer> viewer) {
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		String who = mayBeAnAnonymousAsker(exchange) ? "person=withheld"
				: viewer.map((person) -> "person=" + person.personId() + " roles=" + person.roles())
					.orElse("person=anonymous");
		logger.info(who + " " + exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath() + " -> "
				+ ((status != null) ? status.value() : "aborted") + " requestId="
				+ exchange.getResponse().getHeaders().getFirst("X-Request-Id"));
	}

	private static boolean mayBeAnAnonymousAsker(ServerWebExchange exchange) {
		var request = exchange.getRequest();
		String path = request.getPath().value();
		return request.getHeaders().containsHeader(FOLLOW_UP_KEY)
				|| (HttpMethod.POST.equals(request.getMethod()) && (path.equals(QUESTIONS) || path.equals(QUESTIONS + "/")));
	}
}
