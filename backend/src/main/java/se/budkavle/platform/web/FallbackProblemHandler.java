package se.budkavle.platform.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.util.DisconnectedClientHelper;

import reactor.core.publisher.Mono;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

import org.springframework.core.io.buffer.DataBufferLimitException;

import se.budkavle.platform.Cursor;
import se.budkavle.platform.Input;
import se.budkavle.platform.Problems;
import se.budkavle.platform.api.Answers;

/**
 * The small global fallback: Spring's own web errors (unreadable input as {@code invalid-request}) and shared
 * pagination errors as problem details, a database outage as 503 {@code unavailable}, and anything
 * unexpected as a bare 500 that leaks no infrastructure message. Modules translate their own outcomes themselves.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
@Answers({ @Answers.Problem(status = 400, type = "invalid-request", title = "Invalid request"),
		@Answers.Problem(status = 422, type = "invalid-request", title = "Invalid request") })
class FallbackProblemHandler extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(FallbackProblemHandler.class);

	private static final int CLIENT_CLOSED_REQUEST = 499;

	private final UnavailableHandler unavailable;

	FallbackProblemHandler(UnavailableHandler unavailable) {
		this.unavailable = unavailable;
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		Input.Refused refused = InvalidInput.refusal(ex);
		if (refused != null) {
			return handleExceptionInternal(ex, InvalidInput.problem(refused), headers,
					HttpStatus.UNPROCESSABLE_CONTENT, exchange);
		}
		return handleExceptionInternal(ex, InvalidInput.problem(ex), headers, status, exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		return handleExceptionInternal(ex, InvalidInput.problem(ex), headers, status, exchange);
	}

	@ExceptionHandler
	ProblemDetail refused(Input.Refused ex) {
		return InvalidInput.problem(ex);
	}

	@ExceptionHandler
	ProblemDetail tooLarge(DataBufferLimitException ex) {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large",
				"The request body is larger than the hub accepts here.");
	}

	@ExceptionHandler
	ProblemDetail invalidCursor(Cursor.InvalidCursor ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "invalid-cursor", "Invalid cursor", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidPageSize(Cursor.InvalidPageSize ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "invalid-page-size", "Invalid page size", ex.getMessage());
	}

	@ExceptionHandler
	@Answers({ @Answers.Problem(status = 500, type = "internal", title = "Internal error"),
			@Answers.Problem(status = 503, type = "unavailable", title = "Temporarily unavailable") })
	ResponseEntity<ProblemDetail> unexpected(Exception ex, ServerWebExchange exchange) {
		if (DatabaseUnavailable.causedBy(ex)) {
			return this.unavailable.answer(exchange, ex);
		}
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			// The client went away (closed the tab, lost its network): nothing is wrong here and no one hears an
			// answer; the access log and metrics show 499 (client closed request), not a server error.
			logger.debug("The client went away while " + describe(exchange) + ": " + ex);
			return ResponseEntity.status(CLIENT_CLOSED_REQUEST).build();
		}
		logger.error("Unexpected error while handling " + describe(exchange), ex);
		return ResponseEntity.internalServerError()
			.body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
					"Something went wrong on our side. It has been logged."));
	}

	private static String describe(ServerWebExchange exchange) {
		return exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath() + " requestId="
				+ RequestIds.of(exchange);
	}
}
