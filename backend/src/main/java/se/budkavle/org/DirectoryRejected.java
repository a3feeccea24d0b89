package se.budkavle.org;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Raised when a directory has problems: the whole directory is refused and nothing of it is applied.
 */
public class DirectoryRejected extends RuntimeException {

	private static final int PROBLEMS_IN_MESSAGE = 20;

	private final String source;

	private final List<DirectoryProblem> problems;

	public DirectoryRejected(String source, List<DirectoryProblem> problems) {
		super(message(source, problems));
		this.source = source;
		this.problems = List.copyOf(problems);
	}

	/** Where the directory came from, such as a file name. */
	public String source() {
		return this.source;
	}

	/** Every problem found, in file order. */
	public List<DirectoryProblem> problems() {
		return this.problems;
	}

	private static String message(String source, List<DirectoryProblem> problems) {
		String listed = problems.stream()
			.limit(PROBLEMS_IN_MESSAGE)
			.map(DirectoryProblem::toString)
			.collect(Collectors.joining("; "));
		String more = (problems.size() > PROBLEMS_IN_MESSAGE)
				? " … and " + (problems.size() - PROBLEMS_IN_MESSAGE) + " more" : "";
		return "The directory from " + source + " was rejected with " + problems.size()
				+ " problem(s) and nothing was applied: " + listed + more;
	}
}
