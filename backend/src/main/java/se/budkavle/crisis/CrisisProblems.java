package se.budkavle.crisis;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import se.budkavle.platform.ProblemTable;

/**
 * The crisis module's outcomes as problem details: one table for crises, one for their templates.
 */
@Configuration(proxyBeanMethods = false)
class CrisisProblems {

	@Bean
	ProblemTable crisisProblemTable() {
		return ProblemTable.forControllers(CrisisController.class)
			.row(CrisisRefused.class, HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					(row) -> row.detail((ex) -> ex.getMessage() + "; nothing was written.")
						.fieldError(CrisisRefused::field))
			.row(PlaceholderUnfilled.class, HttpStatus.UNPROCESSABLE_CONTENT, "placeholder-unfilled",
					"Placeholder not filled in",
					(row) -> row.detail((ex) -> ex.getMessage() + "; nothing was sent.")
						.fieldError(PlaceholderUnfilled::field)
						.member("placeholders", PlaceholderUnfilled::placeholders))
			.row(CrisisNotFound.class, HttpStatus.NOT_FOUND, "crisis-not-found", "Crisis not found")
			.row(CrisisForbidden.class, HttpStatus.FORBIDDEN, "forbidden", "Forbidden")
			.row(CrisisOver.class, HttpStatus.CONFLICT, "crisis-over", "All-clear given");
	}

	@Bean
	ProblemTable crisisTemplateProblemTable() {
		return ProblemTable.forControllers(CrisisTemplateController.class)
			.row(TemplateNotFound.class, HttpStatus.NOT_FOUND, "crisis-template-not-found", "Crisis template not found")
			.row(CrisisForbidden.class, HttpStatus.FORBIDDEN, "forbidden", "Forbidden");
	}
}
