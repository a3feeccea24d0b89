package se.budkavle.integration.graph;

/**
 * Graph could not be used: unreachable, a server error, throttled beyond the retries, or a refused request.
 */
public class GraphUnavailable extends RuntimeException {

	private final int status;

	GraphUnavailable(String message, int status, Throwable cause) {
		super(message, cause);
		this.status = status;
	}

	/**
	 * The HTTP status Graph answered with.
	 * @return the status, or 0 when no answer came
	 */
	public int status() {
		return this.status;
	}
}
