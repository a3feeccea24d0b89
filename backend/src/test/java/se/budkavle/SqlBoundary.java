package se.budkavle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads which module owns which table and view (the "Tables:" and "SQL API:" lines of each module's
 * {@code package-info}) and finds the SQL strings in a module's sources that name another module's table instead of
 * a view it publishes.
 */
final class SqlBoundary {

	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	private static final Pattern REFERENCE = Pattern
		.compile("\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

	private static final Pattern CREATED = Pattern.compile(
			"create\\s+(?:or\\s+replace\\s+)?(?:unlogged\\s+)?(?:table|view|function)\\s+"
					+ "(?:if\\s+not\\s+exists\\s+)?([a-z0-9_]+)",
			Pattern.CASE_INSENSITIVE);

	/** Table or view → the module that owns it. */
	final Map<String, String> owners = new HashMap<>();

	/** The views other modules may read. */
	final Set<String> published = new TreeSet<>();

	/**
	 * Reads the ownership from the modules' {@code package-info} files under a source root.
	 * @param sources the directory of the {@code se.budkavle} package
	 * @return the boundary
	 */
	static SqlBoundary of(Path sources) {
		SqlBoundary boundary = new SqlBoundary();
		try (Stream<Path> modules = Files.list(sources)) {
			modules.filter((module) -> Files.exists(module.resolve("package-info.java"))).forEach((module) -> {
				String javadoc = javadoc(read(module.resolve("package-info.java")));
				String name = module.getFileName().toString();
				names(javadoc, "Tables:").forEach((table) -> boundary.own(table, name));
				names(javadoc, "SQL API:").forEach((view) -> {
					boundary.own(view, name);
					boundary.published.add(view);
				});
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return boundary;
	}

	private void own(String object, String module) {
		String earlier = this.owners.put(object, module);
		if (earlier != null && !earlier.equals(module)) {
			throw new IllegalStateException(object + " is claimed by both " + earlier + " and " + module);
		}
	}

	/** Every table, view and function the migrations create. */
	static Set<String> created(Path migrations) {
		Set<String> created = new TreeSet<>();
		try (Stream<Path> files = Files.list(migrations)) {
			files.filter((file) -> file.toString().endsWith(".sql")).forEach((file) -> {
				Matcher matcher = CREATED.matcher(read(file));
				while (matcher.find()) {
					created.add(matcher.group(1).toLowerCase(Locale.ROOT));
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return created;
	}

	/**
	 * The crossings of every module under a source root, as "module table".
	 * @param sources the directory of the {@code se.budkavle} package
	 * @return the crossings, sorted
	 */
	Set<String> crossings(Path sources) {
		Set<String> crossings = new TreeSet<>();
		try (Stream<Path> files = Files.walk(sources)) {
			files.filter((file) -> file.toString().endsWith(".java")).forEach((file) -> {
				String module = sources.relativize(file).getName(0).toString();
				crossings.addAll(crossings(module, read(file)));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return crossings;
	}

	/**
	 * The tables of other modules that the SQL strings of one source file of a module name, as "module table".
	 * @param module the module the source belongs to
	 * @param source Java source
	 * @return the crossings, sorted
	 */
	Set<String> crossings(String module, String source) {
		Set<String> crossings = new TreeSet<>();
		Matcher blocks = TEXT_BLOCK.matcher(source);
		StringBuilder rest = new StringBuilder();
		while (blocks.find()) {
			crossings.addAll(crossingsIn(module, blocks.group(1)));
			blocks.appendReplacement(rest, "");
		}
		blocks.appendTail(rest);
		Matcher strings = STRING.matcher(rest);
		while (strings.find()) {
			crossings.addAll(crossingsIn(module, strings.group(1)));
		}
		return crossings;
	}

	private Set<String> crossingsIn(String module, String sql) {
		Set<String> crossings = new TreeSet<>();
		Matcher references = REFERENCE.matcher(sql);
		while (references.find()) {
			String object = references.group(1).toLowerCase(Locale.ROOT);
			String owner = this.owners.get(object);
			if (owner != null && !owner.equals(module) && !this.published.contains(object)) {
				crossings.add(module + " " + object);
			}
		}
		return crossings;
	}

	private static Set<String> names(String javadoc, String label) {
		Set<String> names = new TreeSet<>();
		int at = javadoc.indexOf(label);
		if (at < 0) {
			return names;
		}
		String list = javadoc.substring(at + label.length());
		int end = list.indexOf('.');
		for (String name : list.substring(0, (end < 0) ? list.length() : end).split(",")) {
			String trimmed = name.replace("{@code", "").replace("}", "").strip();
			if (trimmed.matches("[a-z_][a-z0-9_]*")) {
				names.add(trimmed);
			}
		}
		return names;
	}

	private static String javadoc(String packageInfo) {
		return packageInfo.replaceAll("(?m)^\\s*/?\\*+/?\\s?", "").replaceAll("\\s+", " ");
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
