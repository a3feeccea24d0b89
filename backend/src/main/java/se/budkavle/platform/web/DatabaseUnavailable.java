package se.budkavle.platform.web;

import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import se.budkavle.platform.Problems;

/**
 * Tells a failure of the database itself (refused, closed or shut-down connections) from every other failure, so that
 * a request that meets one gets {@code 503 urn:budkavle:problem:unavailable} with {@code Retry-After} instead of a 500.
 */
final class DatabaseUnavailable {

	/** How long a client is asked to wait before it tries again. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private DatabaseUnavailable() {
	}

	/** Whether the failure, or anything that caused it, says the database cannot be reached right now. */
	static boolean causedBy(Throwable failure) {
		for (Throwable current = failure; current != null; current = next(current)) {
			if (isUnavailability(current)) {
				return true;
			}
		}
		return false;
	}

	static ProblemDetail problem() {
		return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable",
				"The hub cannot reach its database right now. Try again in a moment.");
	}

	static void addRetryAfter(HttpHeaders headers) {
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
	}

	private static boolean isUnavailability(Throwable failure) {
		return failure instanceof DataAccessResourceFailureException
				|| failure instanceof TransientDataAccessResourceException
				|| failure instanceof CannotCreateTransactionException
				|| failure instanceof R2dbcNonTransientResourceException
				|| failure instanceof R2dbcTransientResourceException || failure instanceof ConnectException
				|| failure instanceof ClosedChannelException
				|| (failure instanceof R2dbcException r2dbc && connectionState(r2dbc.getSqlState()));
	}

	/** SQLSTATE class 08 (connection exception), 57P01–57P03 (shutdown, cannot connect now), 53300 (too many). */
	private static boolean connectionState(String sqlState) {
		return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0")
				|| sqlState.equals("53300"));
	}

	private static Throwable next(Throwable current) {
		Throwable cause = current.getCause();
		return (cause == current) ? null : cause;
	}
}
