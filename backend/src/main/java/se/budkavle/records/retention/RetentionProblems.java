package se.budkavle.records.retention;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import se.budkavle.platform.ProblemTable;

/**
 * The outcomes of legal holds and retention runs as problem details, for the controllers of this package.
 */
@Configuration(proxyBeanMethods = false)
class RetentionProblems {

	@Bean
	ProblemTable retentionProblemTable() {
		return ProblemTable.forPackageOf(RetentionProblems.class)
			.row(InvalidRetentionRequest.class, HttpStatus.BAD_REQUEST, "invalid-retention-request",
					"Invalid request", (row) -> row.detail((ex) -> "The request has a field the hub cannot use.")
						.fieldError(InvalidRetentionRequest::field))
			.row(RetentionForbidden.class, HttpStatus.FORBIDDEN, "records-forbidden", "Forbidden")
			.row(HoldNotFound.class, HttpStatus.NOT_FOUND, "hold-not-found", "Not found")
			.row(HoldReleased.class, HttpStatus.CONFLICT, "hold-released", "Already released")
			.row(RetentionRunning.class, HttpStatus.CONFLICT, "retention-running", "Retention is running");
	}
}
