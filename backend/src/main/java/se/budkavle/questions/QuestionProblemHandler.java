package se.budkavle.questions;


import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.budkavle.platform.Problems;

/**
 * Turns the outcomes of questions into problem details for the module's own controllers.
 */
@RestControllerAdvice(assignableTypes = { QuestionController.class, QuestionStatsController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class QuestionProblemHandler {

	@ExceptionHandler
	ProblemDetail notFound(QuestionNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "question-not-found", "Question not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail forbidden(QuestionForbidden ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(QuestionConflict ex) {
		return Problems.of(ex.kind().status(), ex.kind().type(), "Not possible now", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidQuestion ex) {
		HttpStatus status = ex.query() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
		ProblemDetail problem = Problems.of(status, "invalid-request", "Invalid request", ex.getMessage());
		problem.setProperty("errors", ex.errors());
		return problem;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooManyKeys(FollowUpAttemptsExceeded ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())))
			.body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-key-attempts", "Too many wrong follow-up keys",
					ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooMany(DailyLimitReached ex) {
		long seconds = Math.max(1, ex.retryAfter().toSeconds());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many questions today",
					ex.getMessage()));
	}
}
