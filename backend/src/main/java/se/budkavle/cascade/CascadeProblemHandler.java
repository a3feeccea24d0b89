package se.budkavle.cascade;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.budkavle.platform.Problems;

/**
 * Turns the outcomes of cascades into problem details for the module's controller, so the API document lists them.
 */
@RestControllerAdvice(assignableTypes = CascadeController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CascadeProblemHandler {

	@ExceptionHandler
	ProblemDetail notFound(CascadeNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "cascade-not-found", "Cascade not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notAllowed(CascadeNotAllowed ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "cascade-not-allowed", "Not allowed", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notYours(UnitNotYours ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "cascade-unit-not-yours", "Not your unit", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidCascade ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-cascade", "Invalid cascade",
				ex.getMessage());
		problem.setProperty("errors", ex.errors());
		return problem;
	}
}
