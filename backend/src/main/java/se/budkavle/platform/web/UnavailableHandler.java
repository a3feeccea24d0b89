package se.budkavle.platform.web;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * Answers a database outage met anywhere in a request, the security filters' person lookup included, with
 * {@code 503 application/problem+json} and {@code Retry-After}; runs before Spring Boot's default error handler
 * (order -1), which would answer 500 in its own JSON with a full stack trace in the log.
 */
@Component
@Order(-2)
class UnavailableHandler implements WebExceptionHandler {

	private static final ResolvableType PROBLEM = ResolvableType.forClass(ProblemDetail.class);

	private final FailureLog log = new FailureLog(Duration.ofSeconds(1));

	private final ServerCodecConfigurer codecs;

	UnavailableHandler(ServerCodecConfigurer codecs) {
		this.codecs = codecs;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		if (!DatabaseUnavailable.causedBy(failure) || exchange.getResponse().isCommitted()) {
			return Mono.error(failure);
		}
		ProblemDetail problem = answer(exchange, failure).getBody();
		// Error handlers see the exchange as it was before the filters, without the request id's response wrapper.
		problem.setProperty("requestId", RequestIds.of(exchange));
		return write(exchange, problem);
	}

	/** The 503 answer for a request that met an outage, logged (rate-limited) as one line. */
	ResponseEntity<ProblemDetail> answer(ServerWebExchange exchange, Throwable failure) {
		ServerHttpRequest request = exchange.getRequest();
		this.log.unavailable(request.getMethod().name() + " " + request.getPath().value(), RequestIds.of(exchange),
				failure);
		ProblemDetail problem = DatabaseUnavailable.problem();
		problem.setInstance(URI.create(request.getPath().value()));
		return ResponseEntity.status(problem.getStatus())
			.headers(DatabaseUnavailable::addRetryAfter)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@SuppressWarnings("unchecked")
	private Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
		var response = exchange.getResponse();
		response.setStatusCode(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE);
		DatabaseUnavailable.addRetryAfter(response.getHeaders());
		var writer = (HttpMessageWriter<ProblemDetail>) this.codecs.getWriters()
			.stream()
			.filter((candidate) -> candidate.canWrite(PROBLEM, MediaType.APPLICATION_PROBLEM_JSON))
			.findFirst()
			.orElseThrow();
		return writer.write(Mono.just(problem), PROBLEM, MediaType.APPLICATION_PROBLEM_JSON, response, Map.of());
	}
}
