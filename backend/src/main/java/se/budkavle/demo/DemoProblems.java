package se.budkavle.demo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import se.budkavle.identity.ConditionalOnDemoMode;
import se.budkavle.platform.ProblemTable;

/**
 * The demo's outcomes as problem details, for its token controller.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDemoMode
class DemoProblems {

	@Bean
	ProblemTable demoProblemTable() {
		return ProblemTable.forControllers(DemoController.class)
			.row(DemoController.UnknownDemoPerson.class, HttpStatus.NOT_FOUND, "unknown-demo-person",
					"Unknown demo person");
	}
}
