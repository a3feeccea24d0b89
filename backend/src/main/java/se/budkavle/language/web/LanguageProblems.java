package se.budkavle.language.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import se.budkavle.platform.ProblemTable;

/**
 * The readability check's outcomes as problem details, for its controller.
 */
@Configuration(proxyBeanMethods = false)
class LanguageProblems {

	@Bean
	ProblemTable languageProblemTable() {
		return ProblemTable.forControllers(ReadabilityController.class)
			.row(InvalidText.class, HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "Invalid request",
					(row) -> row.fieldError(InvalidText::field));
	}
}
