package se.budkavle.m365;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import se.budkavle.platform.Problems;
import se.budkavle.platform.api.Answers;

/**
 * Turns the Microsoft 365 module's outcomes into problem details for its own controller.
 */
@RestControllerAdvice(assignableTypes = DirectorySyncController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class M365ProblemHandler {

	@ExceptionHandler
	@Answers({ @Answers.Problem(status = 409, type = "m365-not-configured", title = "Microsoft 365 is not configured"),
			@Answers.Problem(status = 404, type = "m365-not-configured", title = "Microsoft 365 is not configured") })
	ProblemDetail notConfigured(M365NotConfigured ex, ServerWebExchange exchange) {
		// Starting a sync conflicts with the configuration; reading runs finds none.
		HttpStatus status = HttpMethod.POST.equals(exchange.getRequest().getMethod()) ? HttpStatus.CONFLICT
				: HttpStatus.NOT_FOUND;
		return Problems.of(status, "m365-not-configured", "Microsoft 365 is not configured", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail alreadyRunning(SyncAlreadyRunning ex) {
		return Problems.of(HttpStatus.CONFLICT, "sync-already-running", "A directory sync is already running",
				ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail runNotFound(SyncRunNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "sync-run-not-found", "Sync run not found", ex.getMessage());
	}
}
