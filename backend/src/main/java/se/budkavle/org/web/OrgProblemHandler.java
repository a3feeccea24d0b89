package se.budkavle.org.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.budkavle.org.DirectoryRejected;
import se.budkavle.org.directory.DeactivationUnconfirmed;
import se.budkavle.org.directory.NoAdminLeft;
import se.budkavle.platform.Problems;

/**
 * Turns the organisation's outcomes into problem details for its own controllers.
 */
@RestControllerAdvice(assignableTypes = { UnitController.class, PersonController.class,
		DirectoryImportController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrgProblemHandler {

	/** More problems than this are counted, not listed, so a wholly wrong file gives a readable answer. */
	static final int LISTED_PROBLEMS = 1000;

	@ExceptionHandler
	ProblemDetail unitNotFound(UnitNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "unit-not-found", "Unit not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail personNotFound(PersonNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "person-not-found", "Person not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail directoryRejected(DirectoryRejected ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "directory-rejected",
				"Directory rejected", "The directory has " + ex.problems().size()
						+ " problem(s) and nothing of it was applied. Correct every listed line and send it again.");
		problem.setProperty("errors", ex.problems().stream().limit(LISTED_PROBLEMS).toList());
		problem.setProperty("errorCount", ex.problems().size());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail noAdminLeft(NoAdminLeft ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "no-admin-left", "No administrator left",
				ex.getMessage());
		problem.setProperty("counts", ex.counts());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail deactivationUnconfirmed(DeactivationUnconfirmed ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "deactivation-unconfirmed",
				"Large deactivation not confirmed", ex.getMessage());
		problem.setProperty("counts", ex.counts());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail directoryTooLarge(DirectoryTooLarge ex) {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "directory-too-large", "Directory file too large",
				ex.getMessage());
	}
}
