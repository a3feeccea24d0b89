package se.budkavle.reach.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.budkavle.platform.Problems;
import se.budkavle.reach.InvalidPeriod;
import se.budkavle.reach.ReachForbidden;
import se.budkavle.reach.ReachNotFound;

/**
 * Turns the reach module's outcomes into problem details for its own controllers.
 */
@RestControllerAdvice(assignableTypes = ReachController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReachProblemHandler {

	@ExceptionHandler
	ProblemDetail forbidden(ReachForbidden ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidPeriod(InvalidPeriod ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-period", "Invalid period", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notFound(ReachNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, ex.type(), "Not found", ex.getMessage());
	}
}
