package se.budkavle.comments;

import java.util.List;
import java.util.Map;

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
 * Turns the comments module's outcomes into problem details for its own controllers.
 */
@RestControllerAdvice(assignableTypes = { CommentController.class, ModerationController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommentProblems {

	@ExceptionHandler
	ProblemDetail postNotFound(PostNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "post-not-found", "Post not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail commentNotFound(CommentNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "comment-not-found", "Comment not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail forbidden(CommentForbidden ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(CommentConflict ex) {
		return Problems.of(HttpStatus.CONFLICT, ex.type(), ex.title(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail versionConflict(VersionConflict ex) {
		return Problems.of(HttpStatus.PRECONDITION_FAILED, "version-conflict", "Version conflict", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidComment ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				ex.field() + " " + ex.getMessage());
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		return problem;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooMany(TooManyComments ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfter().toSeconds()))
			.body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many comments",
					ex.getMessage()));
	}
}
