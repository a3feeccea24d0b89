package se.budkavle.identity.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import se.budkavle.identity.RoleGrantForbidden;
import se.budkavle.identity.RoleGrantNotFound;
import se.budkavle.platform.ProblemTable;
import se.budkavle.platform.ProblemTable.Answer;

/**
 * The role table's outcomes as problem details, for its controller.
 */
@Configuration(proxyBeanMethods = false)
class RoleProblems {

	@Bean
	ProblemTable roleProblemTable() {
		return ProblemTable.forControllers(RoleController.class)
			.row(RoleGrantNotFound.class,
					List.of(notFound("role-grant-not-found"), notFound("person-not-found"), notFound("unit-not-found")),
					(ex, exchange) -> notFound(ex.type()))
			.row(RoleGrantForbidden.class, HttpStatus.FORBIDDEN, "role-grant-forbidden", "Not your scope")
			.row(InvalidRoleRequest.class, HttpStatus.BAD_REQUEST, "invalid-role-request", "Invalid request",
					(row) -> row.detail((ex) -> "The request has a field the hub cannot use.")
						.fieldError(InvalidRoleRequest::field));
	}

	private static Answer notFound(String type) {
		return new Answer(HttpStatus.NOT_FOUND, type, "Not found");
	}
}
