package se.budkavle.platform.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
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
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

import org.springframework.core.io.buffer.DataBufferLimitException;

import se.budkavle.platform.Cursor;
import se.budkavle.platform.Input;
import se.budkavle.platform.Problems;
import se.budkavle.platform.api.Answers;

/**
 * The small global fallback: Spring's own web errors (unreadable input as {@code invalid-request}) and shared
 * pagination errors as problem details, a database outage as 503 {@code unavailable}, and anything
 * unexpected as a bare 500 that leaks no infrastructure message. Modules translate their own outcomes in their
 * {@link se.budkavle.platform.ProblemTable}s; {@link ProblemHandler} asks this class for everything else.
 */
@Component
@Answers({ @Answers.Problem(status = 400, type = "invalid-request", title = "Invalid request"),
		@Answers.Problem(status = 422, type = "invalid-request", title = "Invalid request"),
		@Answers.Problem(status = 413, type = "too-large", title = "Request too large"),
		@Answers.Problem(status = 400, type = "invalid-cursor", title = "Invalid cursor"),
		@Answers.Problem(status = 400, type = "invalid-page-size", title = "Invalid page size"),
		@Answers.Problem(status = 500, type = "internal", title = "Internal error"),
		@Answers.Problem(status = 503, type = "unavailable", title = "Temporarily unavailable") })
class FallbackProblemHandler extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(FallbackProblemHandler.class);

	/** Chooses among this class's exception handlers the way Spring chooses among an advice's. */
	private static final ExceptionHandlerMethodResolver HANDLERS = new ExceptionHandlerMethodResolver(
			FallbackProblemHandler.class);

	private static final int CLIENT_CLOSED_REQUEST = 499;

	private final UnavailableHandler unavailable;

	FallbackProblemHandler(UnavailableHandler unavailable) {
		this.unavailable = unavailable;
	}

	/**
	 * The answer of this class's exception handler for the exception (or, as Spring looks, its nearest cause).
	 * @param ex what was raised
	 * @param exchange the request
	 * @return the answer
	 */
	@SuppressWarnings("unchecked")
	Mono<ResponseEntity<Object>> answer(Exception ex, ServerWebExchange exchange) {
		Method handler = HANDLERS.resolveMethodByThrowable(ex);
		Object answer;
		try {
			ReflectionUtils.makeAccessible(handler);
			answer = handler.invoke(this, arguments(handler, ex, exchange));
		}
		catch (InvocationTargetException failed) {
			return Mono.error(failed.getTargetException());
		}
		catch (IllegalAccessException failed) {
			return Mono.error(new IllegalStateException(failed));
		}
		if (answer instanceof ProblemDetail problem) {
			return Mono.just(ResponseEntity.status(problem.getStatus()).body(problem));
		}
		return (answer instanceof Mono<?> later) ? (Mono<ResponseEntity<Object>>) later
				: Mono.just((ResponseEntity<Object>) answer);
	}

	/** The exchange, and the exception or the first of its causes a parameter takes, as Spring passes them. */
	private static Object[] arguments(Method handler, Exception ex, ServerWebExchange exchange) {
		Class<?>[] types = handler.getParameterTypes();
		Object[] arguments = new Object[types.length];
		for (int i = 0; i < types.length; i++) {
			if (types[i].isInstance(exchange)) {
				arguments[i] = exchange;
				continue;
			}
			for (Throwable raised = ex; raised != null && arguments[i] == null; raised = (raised.getCause() != raised)
					? raised.getCause() : null) {
				arguments[i] = types[i].isInstance(raised) ? raised : null;
			}
		}
		return arguments;
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
