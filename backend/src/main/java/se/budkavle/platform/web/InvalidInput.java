package se.budkavle.platform.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebInputException;

import se.budkavle.platform.Input;
import se.budkavle.platform.Problems;

/**
 * Describes a request the hub could not read — a malformed id or value, an unreadable body, a missing field — as one
 * {@code invalid-request} problem for every module, naming the offending fields where there are any.
 */
final class InvalidInput {

	private InvalidInput() {
	}

	static ProblemDetail problem(ServerWebInputException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail(ex));
		if (ex instanceof WebExchangeBindException invalid) {
			problem.setProperty("errors", fieldErrors(invalid));
		}
		return problem;
	}

	static ProblemDetail problem(Input.Refused refused) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "Invalid request",
				refused.getMessage() + "; nothing was written.");
		problem.setProperty("errors", List.of(Map.of("field", refused.field(), "message", refused.reason())));
		return problem;
	}

	/** The field check that made reading the body fail, if one did (Jackson wraps it). */
	static Input.Refused refusal(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof Input.Refused refused) {
				return refused;
			}
		}
		return null;
	}

	private static String detail(ServerWebInputException ex) {
		if (ex instanceof WebExchangeBindException) {
			return "Some fields are missing or not valid; each is listed in errors.";
		}
		if (ex.getCause() instanceof TypeMismatchException mismatch) {
			String what = (mismatch.getRequiredType() == UUID.class || ex.getMethodParameter() == null) ? "id"
					: "value for " + ex.getMethodParameter().getParameterName();
			return "'" + mismatch.getValue() + "' is not a valid " + what;
		}
		boolean body = ex.getMethodParameter() != null && ex.getMethodParameter().hasParameterAnnotation(RequestBody.class);
		return body ? "The request body is missing or is not the JSON this needs." : ex.getReason();
	}

	private static List<Map<String, String>> fieldErrors(WebExchangeBindException invalid) {
		return invalid.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
	}
}
