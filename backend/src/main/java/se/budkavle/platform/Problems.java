package se.budkavle.platform;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details with Budkavle's stable {@code type} URIs, so clients can tell outcomes apart.
 */
public final class Problems {

	private static final String TYPE_PREFIX = "urn:budkavle:problem:";

	private Problems() {
	}

	/**
	 * A problem of the given kind.
	 * @param status the HTTP status
	 * @param type a short stable name such as {@code unknown-person}
	 * @param title a short summary that does not change between occurrences
	 * @param detail a human explanation of this occurrence
	 * @return the problem detail
	 */
	public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(type));
		problem.setTitle(title);
		return problem;
	}

	/**
	 * The full type URI of a short problem name.
	 * @param type a short stable name such as {@code unknown-person}
	 * @return the type URI
	 */
	public static URI type(String type) {
		return URI.create(TYPE_PREFIX + type);
	}
}
