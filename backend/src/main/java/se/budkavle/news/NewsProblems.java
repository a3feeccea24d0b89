package se.budkavle.news;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import se.budkavle.platform.ProblemTable;

/**
 * The news module's outcomes as problem details, for its own controllers.
 */
@Configuration(proxyBeanMethods = false)
class NewsProblems {

	@Bean
	ProblemTable newsProblemTable() {
		return ProblemTable
			.forControllers(PostController.class, FeedController.class, AttachmentController.class,
					DraftController.class)
			.row(InvalidPost.class, HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "Invalid request",
					(row) -> row.member("errors", InvalidPost::errors))
			.row(PostNotFound.class, HttpStatus.NOT_FOUND, "post-not-found", "Post not found")
			.row(NotAllowed.class, HttpStatus.FORBIDDEN, "forbidden", "Forbidden")
			.row(UnknownUnits.class, HttpStatus.UNPROCESSABLE_CONTENT, "unknown-units", "Unknown units",
					(row) -> row.detail((ex) -> ex.getMessage() + "; nothing was posted")
						.member("unitIds", UnknownUnits::unitIds))
			.row(PreconditionRequired.class, HttpStatus.PRECONDITION_REQUIRED, "precondition-required",
					"Precondition required")
			.row(VersionConflict.class, HttpStatus.PRECONDITION_FAILED, "version-conflict", "Version conflict")
			.row(PostWithdrawn.class, HttpStatus.CONFLICT, "post-withdrawn", "Post withdrawn")
			.row(UnsupportedImage.class, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-image", "Unsupported image")
			.row(AttachmentTooLarge.class, HttpStatus.CONTENT_TOO_LARGE, "attachment-too-large", "Image too large")
			.row(AttachmentLinkRefused.class, HttpStatus.FORBIDDEN, "attachment-link-refused", "Image link refused")
			.row(AttachmentNotFound.class, HttpStatus.NOT_FOUND, "attachment-not-found", "Image not found")
			.row(MissingFile.class, HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					(row) -> row.member("errors",
							(ex) -> List.of(new InvalidPost.FieldError("file", ex.getMessage()))));
	}
}
