package se.budkavle.records.retention;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.budkavle.platform.Problems;

/**
 * Turns the outcomes of legal holds and retention runs into problem details.
 */
@RestControllerAdvice(basePackageClasses = RetentionProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RetentionProblems {

	@ExceptionHandler
	ProblemDetail forbidden(RetentionForbidden ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "records-forbidden", "Forbidden", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notFound(HoldNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "hold-not-found", "Not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail released(HoldReleased ex) {
		return Problems.of(HttpStatus.CONFLICT, "hold-released", "Already released", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail running(RetentionRunning ex) {
		return Problems.of(HttpStatus.CONFLICT, "retention-running", "Retention is running", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidRetentionRequest ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-retention-request", "Invalid request",
				"The request has a field the hub cannot use.");
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		return problem;
	}
}
