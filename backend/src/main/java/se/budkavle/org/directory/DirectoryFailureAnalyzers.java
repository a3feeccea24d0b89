package se.budkavle.org.directory;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import se.budkavle.org.directory.DirectoryFileOnStartup.DirectoryFileUnreadable;
import se.budkavle.org.DirectoryRejected;

/**
 * Explains a start-up stopped by the directory file in plain words, listing every problem, instead of a stack trace.
 */
final class DirectoryFailureAnalyzers {

	private static final String ACTION = "Correct the file (its format is described in docs/directory-format.md), "
			+ "or remove budkavle.org.import-file (BUDKAVLE_ORG_IMPORT_FILE) to start without it.";

	private DirectoryFailureAnalyzers() {
	}

	/** Lists the problems of a rejected directory file. */
	static class Rejected extends AbstractFailureAnalyzer<DirectoryRejected> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, DirectoryRejected cause) {
			String problems = cause.problems()
				.stream()
				.map((problem) -> "    " + problem)
				.collect(Collectors.joining(System.lineSeparator()));
			return new FailureAnalysis("The directory file " + cause.source() + " was rejected and nothing of it was "
					+ "applied. " + cause.problems().size() + " problem(s):" + System.lineSeparator() + problems,
					ACTION, cause);
		}
	}

	/** Explains that the directory file cannot be read. */
	static class Unreadable extends AbstractFailureAnalyzer<DirectoryFileUnreadable> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, DirectoryFileUnreadable cause) {
			return new FailureAnalysis(cause.getMessage() + ".", ACTION, cause);
		}
	}
}
