package se.budkavle.acknowledgement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import se.budkavle.platform.ProblemTable;

/**
 * The acknowledgement module's outcomes as problem details, for its controller.
 */
@Configuration(proxyBeanMethods = false)
class AcknowledgementProblems {

	@Bean
	ProblemTable acknowledgementProblemTable() {
		return ProblemTable.forControllers(AcknowledgementController.class)
			.row(PostNotFound.class, HttpStatus.NOT_FOUND, "post-not-found", "Post not found")
			.row(AcknowledgementNotRequested.class, HttpStatus.CONFLICT, "acknowledgement-not-requested",
					"Acknowledgement not requested")
			.row(NotAllowed.class, HttpStatus.FORBIDDEN, "forbidden", "Forbidden");
	}
}
