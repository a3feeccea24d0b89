package se.budkavle.questions;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import se.budkavle.platform.ProblemTable;
import se.budkavle.platform.ProblemTable.Answer;

/**
 * The outcomes of questions as problem details, for the module's own controllers.
 */
@Configuration(proxyBeanMethods = false)
class QuestionProblems {

	private static final Answer INVALID_QUERY = new Answer(HttpStatus.BAD_REQUEST, "invalid-request",
			"Invalid request");

	private static final Answer INVALID_BODY = new Answer(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request",
			"Invalid request");

	@Bean
	ProblemTable questionProblemTable() {
		return ProblemTable.forControllers(QuestionController.class, QuestionStatsController.class)
			.row(QuestionConflict.class, Arrays.stream(QuestionConflict.Kind.values()).map(QuestionProblems::conflict)
				.toList(), (ex, exchange) -> conflict(ex.kind()))
			.row(QuestionNotFound.class, HttpStatus.NOT_FOUND, "question-not-found", "Question not found")
			.row(QuestionForbidden.class, HttpStatus.FORBIDDEN, "forbidden", "Forbidden")
			.row(InvalidQuestion.class, List.of(INVALID_QUERY, INVALID_BODY),
					(ex, exchange) -> ex.query() ? INVALID_QUERY : INVALID_BODY,
					(row) -> row.member("errors", InvalidQuestion::errors))
			.row(FollowUpAttemptsExceeded.class, HttpStatus.TOO_MANY_REQUESTS, "too-many-key-attempts",
					"Too many wrong follow-up keys",
					(row) -> row.header(HttpHeaders.RETRY_AFTER, (ex) -> retryAfter(ex.retryAfter())))
			.row(DailyLimitReached.class, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many questions today",
					(row) -> row.header(HttpHeaders.RETRY_AFTER, (ex) -> retryAfter(ex.retryAfter())));
	}

	private static Answer conflict(QuestionConflict.Kind kind) {
		return new Answer(kind.status(), kind.type(), "Not possible now");
	}

	/** Whole seconds, at least one: a client told to wait zero seconds would ask again at once. */
	private static String retryAfter(Duration wait) {
		return Long.toString(Math.max(1, wait.toSeconds()));
	}
}
