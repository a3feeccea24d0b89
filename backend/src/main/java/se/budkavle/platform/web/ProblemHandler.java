package se.budkavle.platform.web;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

import se.budkavle.platform.ProblemTable;

/**
 * The hub's one problem handler: an exception raised in a module's controller is answered from the first of the
 * module's {@link ProblemTable}s that names it (or one of its causes); anything else as the global fallback answers.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandler {

	private final List<ProblemTable> tables;

	private final FallbackProblemHandler fallback;

	ProblemHandler(ObjectProvider<ProblemTable> tables, FallbackProblemHandler fallback) {
		this.tables = tables.orderedStream().toList();
		this.fallback = fallback;
	}

	@ExceptionHandler
	Mono<ResponseEntity<Object>> answer(Exception ex, ServerWebExchange exchange) {
		return fromTables(ex, exchange).map(ProblemHandler::asObject)
			.map(Mono::just)
			.orElseGet(() -> this.fallback.answer(ex, exchange));
	}

	private Optional<ResponseEntity<ProblemDetail>> fromTables(Exception ex, ServerWebExchange exchange) {
		Object handler = exchange.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
		if (!(handler instanceof HandlerMethod method)) {
			return Optional.empty();
		}
		return this.tables.stream()
			.filter((table) -> table.appliesTo(method.getBeanType()))
			.map((table) -> table.answer(ex, exchange))
			.flatMap(Optional::stream)
			.findFirst();
	}

	private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> answer) {
		return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).body(answer.getBody());
	}
}
