package se.budkavle.comments;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import se.budkavle.platform.ProblemTable;
import se.budkavle.platform.ProblemTable.Answer;

/**
 * The comments module's outcomes as problem details, for its own controllers.
 */
@Configuration(proxyBeanMethods = false)
class CommentProblems {

	@Bean
	ProblemTable commentProblemTable() {
		return ProblemTable.forControllers(CommentController.class, ModerationController.class)
			.row(InvalidComment.class, HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					(row) -> row.detail((ex) -> ex.field() + " " + ex.getMessage()).fieldError(InvalidComment::field))
			.row(PostNotFound.class, HttpStatus.NOT_FOUND, "post-not-found", "Post not found")
			.row(CommentNotFound.class, HttpStatus.NOT_FOUND, "comment-not-found", "Comment not found")
			.row(CommentForbidden.class, HttpStatus.FORBIDDEN, "forbidden", "Forbidden")
			.row(CommentConflict.class, conflicts(), (ex, exchange) -> conflict(ex))
			.row(VersionConflict.class, HttpStatus.PRECONDITION_FAILED, "version-conflict", "Version conflict")
			.row(TooManyComments.class, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many comments",
					(row) -> row.header(HttpHeaders.RETRY_AFTER,
							(ex) -> String.valueOf(ex.retryAfter().toSeconds())));
	}

	private static Answer conflict(CommentConflict conflict) {
		return new Answer(HttpStatus.CONFLICT, conflict.type(), conflict.title());
	}

	/** Every conflict the module raises, each its own type and title. */
	private static List<Answer> conflicts() {
		return Stream
			.of(CommentConflict.commentsDisabled(), CommentConflict.notPublished(), CommentConflict.threadLocked(),
					CommentConflict.unavailable(), CommentConflict.editWindowClosed())
			.map(CommentProblems::conflict)
			.toList();
	}
}
