package se.budkavle.org.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import se.budkavle.org.DirectoryRejected;
import se.budkavle.org.directory.DeactivationUnconfirmed;
import se.budkavle.org.directory.NoAdminLeft;
import se.budkavle.platform.ProblemTable;

/**
 * The organisation's outcomes as problem details, for its own controllers.
 */
@Configuration(proxyBeanMethods = false)
class OrgProblems {

	/** More problems than this are counted, not listed, so a wholly wrong file gives a readable answer. */
	static final int LISTED_PROBLEMS = 1000;

	@Bean
	ProblemTable orgProblemTable() {
		return ProblemTable
			.forControllers(UnitController.class, PersonController.class, DirectoryImportController.class)
			.row(DirectoryRejected.class, HttpStatus.UNPROCESSABLE_CONTENT, "directory-rejected",
					"Directory rejected",
					(row) -> row.detail((ex) -> "The directory has " + ex.problems().size()
							+ " problem(s) and nothing of it was applied. Correct every listed line and send it again.")
						.member("errors", (ex) -> ex.problems().stream().limit(LISTED_PROBLEMS).toList())
						.member("errorCount", (ex) -> ex.problems().size()))
			.row(UnitNotFound.class, HttpStatus.NOT_FOUND, "unit-not-found", "Unit not found")
			.row(PersonNotFound.class, HttpStatus.NOT_FOUND, "person-not-found", "Person not found")
			.row(NoAdminLeft.class, HttpStatus.UNPROCESSABLE_CONTENT, "no-admin-left", "No administrator left",
					(row) -> row.member("counts", NoAdminLeft::counts))
			.row(DeactivationUnconfirmed.class, HttpStatus.CONFLICT, "deactivation-unconfirmed",
					"Large deactivation not confirmed", (row) -> row.member("counts", DeactivationUnconfirmed::counts))
			.row(DirectoryTooLarge.class, HttpStatus.CONTENT_TOO_LARGE, "directory-too-large",
					"Directory file too large");
	}
}
