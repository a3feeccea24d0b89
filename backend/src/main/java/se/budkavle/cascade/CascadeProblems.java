package se.budkavle.cascade;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import se.budkavle.platform.ProblemTable;

/**
 * The outcomes of cascades as problem details for the module's controller, so the API document lists them.
 */
@Configuration(proxyBeanMethods = false)
class CascadeProblems {

	@Bean
	ProblemTable cascadeProblemTable() {
		return ProblemTable.forControllers(CascadeController.class)
			.row(InvalidCascade.class, HttpStatus.BAD_REQUEST, "invalid-cascade", "Invalid cascade",
					(row) -> row.member("errors", InvalidCascade::errors))
			.row(CascadeNotFound.class, HttpStatus.NOT_FOUND, "cascade-not-found", "Cascade not found")
			.row(CascadeNotAllowed.class, HttpStatus.FORBIDDEN, "cascade-not-allowed", "Not allowed")
			.row(UnitNotYours.class, HttpStatus.FORBIDDEN, "cascade-unit-not-yours", "Not your unit");
	}
}
