package se.budkavle.platform.database;

import java.net.ConnectException;
import java.net.UnknownHostException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
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

	/** Explains that the configured server cannot be reached: connection refused or an unknown host. */
	static class Unreachable implements FailureAnalyzer {

		private final Environment environment;

		Unreachable(Environment environment) {
			this.environment = environment;
		}

		@Override
		public FailureAnalysis analyze(Throwable failure) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
					return unreachable(this.environment, cause);
				}
			}
			return null;
		}
	}

	/**
	 * Explains that no database is configured where the embedded PostgreSQL's binaries are absent, as in the
	 * production image, which leaves them out.
	 */
	static class NoEmbeddedBinaries implements FailureAnalyzer {

		/** What the embedded PostgreSQL library throws when no binaries for this platform are on the classpath. */
		static final String MISSING_BINARIES = "Missing embedded postgres binaries";

		@Override
		public FailureAnalysis analyze(Throwable failure) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof IllegalStateException && MISSING_BINARIES.equals(cause.getMessage())) {
					return new FailureAnalysis(
							"Budkavle has no database: spring.r2dbc.url is not set and this build carries no embedded "
									+ "PostgreSQL.",
							"Set SPRING_R2DBC_URL, SPRING_R2DBC_USERNAME, SPRING_R2DBC_PASSWORD and SPRING_FLYWAY_URL, "
									+ "SPRING_FLYWAY_USER, SPRING_FLYWAY_PASSWORD to your PostgreSQL server.",
							cause);
				}
			}
			return null;
		}
	}

	private static FailureAnalysis unreachable(Environment environment, Throwable cause) {
		String url = environment.getProperty("spring.flyway.url", environment.getProperty("spring.r2dbc.url", "?"));
		return new FailureAnalysis("Budkavle cannot reach the database at " + url + " (" + cause.getMessage() + ").",
				"Check SPRING_R2DBC_URL and SPRING_FLYWAY_URL, or leave both unset to use the embedded database.",
				cause);
	}
}
