package se.budkavle.news;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.budkavle.platform.Problems;

/**
 * Turns the news module's outcomes into problem details for its own controllers.
 */
@RestControllerAdvice(assignableTypes = { PostController.class, FeedController.class, AttachmentController.class,
		DraftController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class NewsProblemHandler {

	@ExceptionHandler
	ProblemDetail postNotFound(PostNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "post-not-found", "Post not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notAllowed(NotAllowed ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidPost(InvalidPost ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "Invalid request",
				ex.getMessage());
		problem.setProperty("errors", ex.errors());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unknownUnits(UnknownUnits ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-units", "Unknown units",
				ex.getMessage() + "; nothing was posted");
		problem.setProperty("unitIds", ex.unitIds());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail preconditionRequired(PreconditionRequired ex) {
		return Problems.of(HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "Precondition required",
				ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail versionConflict(VersionConflict ex) {
		return Problems.of(HttpStatus.PRECONDITION_FAILED, "version-conflict", "Version conflict", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail postWithdrawn(PostWithdrawn ex) {
		return Problems.of(HttpStatus.CONFLICT, "post-withdrawn", "Post withdrawn", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail unsupportedImage(UnsupportedImage ex) {
		return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-image", "Unsupported image", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail attachmentTooLarge(AttachmentTooLarge ex) {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "attachment-too-large", "Image too large", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail attachmentLinkRefused(AttachmentLinkRefused ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "attachment-link-refused", "Image link refused", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail attachmentNotFound(AttachmentNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "attachment-not-found", "Image not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail missingFile(MissingFile ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				ex.getMessage());
		problem.setProperty("errors", java.util.List.of(new InvalidPost.FieldError("file", ex.getMessage())));
		return problem;
	}
}
