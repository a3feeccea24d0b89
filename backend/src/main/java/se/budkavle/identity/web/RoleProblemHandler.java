package se.budkavle.identity.web;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.budkavle.identity.RoleGrantForbidden;
import se.budkavle.identity.RoleGrantNotFound;
import se.budkavle.platform.Problems;

/**
 * Turns the role table's outcomes into problem details for its controller.
 */
@RestControllerAdvice(assignableTypes = RoleController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoleProblemHandler {

	@ExceptionHandler
	ProblemDetail forbidden(RoleGrantForbidden ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "role-grant-forbidden", "Not your scope", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notFound(RoleGrantNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, ex.type(), "Not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidRoleRequest ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-role-request", "Invalid request",
				"The request has a field the hub cannot use.");
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		return problem;
	}
}
