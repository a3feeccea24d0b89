package se.budkavle.org;

/**
 * One reason a directory was rejected, pointing at the line and field to fix.
 *
 * @param line the line number in the file (1-based), or {@code null} when the directory did not come from a file
 * @param field the offending field, such as {@code parent}, or {@code null} when the whole line is at fault
 * @param message what is wrong, naming the entry
 */
public record DirectoryProblem(Integer line, String field, String message) {

	@Override
	public String toString() {
		String where = ((this.line != null) ? "line " + this.line : "")
				+ ((this.line != null && this.field != null) ? ", " : "") + ((this.field != null) ? this.field : "");
		return where.isEmpty() ? this.message : where + ": " + this.message;
	}
}
