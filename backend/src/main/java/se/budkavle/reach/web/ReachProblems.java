package se.budkavle.reach.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import se.budkavle.platform.ProblemTable;
import se.budkavle.platform.ProblemTable.Answer;
import se.budkavle.reach.InvalidPeriod;
import se.budkavle.reach.ReachForbidden;
import se.budkavle.reach.ReachNotFound;

/**
 * The reach module's outcomes as problem details, for its own controller.
 */
@Configuration(proxyBeanMethods = false)
class ReachProblems {

	@Bean
	ProblemTable reachProblemTable() {
		return ProblemTable.forControllers(ReachController.class)
			.row(ReachNotFound.class, List.of(notFound("post-not-found"), notFound("unit-not-found")),
					(ex, exchange) -> notFound(ex.type()))
			.row(ReachForbidden.class, HttpStatus.FORBIDDEN, "forbidden", "Forbidden")
			.row(InvalidPeriod.class, HttpStatus.UNPROCESSABLE_CONTENT, "invalid-period", "Invalid period");
	}

	private static Answer notFound(String type) {
		return new Answer(HttpStatus.NOT_FOUND, type, "Not found");
	}
}
