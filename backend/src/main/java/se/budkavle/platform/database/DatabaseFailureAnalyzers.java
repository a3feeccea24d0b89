package se.budkavle.platform.database;

import java.net.ConnectException;
import java.net.UnknownHostException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns database start-up failures into one clear sentence instead of a stack trace.
 */
final class DatabaseFailureAnalyzers {

	private DatabaseFailureAnalyzers() {
	}

	/** Explains that the embedded data directory is taken. */
	static class InUse extends AbstractFailureAnalyzer<EmbeddedDatabaseInUse> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseInUse cause) {
			return new FailureAnalysis(cause.getMessage() + ".",
					"Stop the other instance, or set " + EmbeddedDatabaseEnvironmentPostProcessor.DATA_DIRECTORY
							+ " (BUDKAVLE_DATABASE_EMBEDDED_DATA_DIRECTORY) to another directory.",
					cause);
		}
	}

	/** Explains that the configured server cannot be reached. */
	static class Unreachable extends AbstractFailureAnalyzer<ConnectException> {

		private final Environment environment;

		Unreachable(Environment environment) {
			this.environment = environment;
		}

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, ConnectException cause) {
			return unreachable(this.environment, cause);
		}
	}

	/** Explains that the configured server's host name does not resolve. */
	static class UnknownHost extends AbstractFailureAnalyzer<UnknownHostException> {

		private final Environment environment;

		UnknownHost(Environment environment) {
			this.environment = environment;
		}

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, UnknownHostException cause) {
			return unreachable(this.environment, cause);
		}
	}

	private static FailureAnalysis unreachable(Environment environment, Throwable cause) {
		String url = environment.getProperty("spring.flyway.url", environment.getProperty("spring.r2dbc.url", "?"));
		return new FailureAnalysis("Budkavle cannot reach the database at " + url + " (" + cause.getMessage() + ").",
				"Check SPRING_R2DBC_URL and SPRING_FLYWAY_URL, or leave both unset to use the embedded database.",
				cause);
	}
}
