package se.budkavle.records.web;

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
 * Turns the records API's outcomes into problem details.
 */
@RestControllerAdvice(basePackageClasses = RecordsProblemHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecordsProblemHandler {

	@ExceptionHandler
	ProblemDetail forbidden(RecordsForbidden ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "records-forbidden", "Forbidden", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notFound(RecordNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, ex.type(), "Not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail tooLarge(ArchiveTooLarge ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "archive-too-large", "Archive package too large",
				ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidRecordsRequest ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-records-request", "Invalid request",
				"The request has a field the hub cannot use.");
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		return problem;
	}
}
