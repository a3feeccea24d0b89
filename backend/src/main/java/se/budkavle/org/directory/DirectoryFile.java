package se.budkavle.org.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.budkavle.integration.directory.DirectoryManager;
import se.budkavle.integration.directory.DirectoryPerson;
import se.budkavle.integration.directory.DirectorySnapshot;
import se.budkavle.integration.directory.DirectoryUnit;
import se.budkavle.integration.directory.UnitKind;
import se.budkavle.org.DirectoryProblem;

/**
 * Reads a directory file in the JSON Lines format of {@code docs/directory-format.md} into a snapshot, keeping each
 * entry's line number; lines that cannot be read are reported, never skipped silently.
 */
final class DirectoryFile {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final String KINDS = Arrays.toString(UnitKind.values());

	private final List<DirectoryUnit> units = new ArrayList<>();

	private final List<DirectoryPerson> people = new ArrayList<>();

	private final List<DirectoryManager> managers = new ArrayList<>();

	private final List<Integer> unitLines = new ArrayList<>();

	private final List<Integer> personLines = new ArrayList<>();

	private final List<Integer> managerLines = new ArrayList<>();

	private final Set<String> unreadUnits = new HashSet<>();

	private final Set<String> unreadPeople = new HashSet<>();

	private final List<DirectoryProblem> problems = new ArrayList<>();

	private DirectoryFile() {
	}

	static ParsedDirectory parse(String content) {
		DirectoryFile file = new DirectoryFile();
		String[] lines = content.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = (i == 0) ? withoutByteOrderMark(lines[i]) : lines[i];
			if (!line.isBlank() && !line.strip().startsWith("#")) {
				file.read(line, i + 1);
			}
		}
		return file.parsed();
	}

	private static String withoutByteOrderMark(String line) {
		return line.startsWith("\uFEFF") ? line.substring(1) : line;
	}

	private void read(String text, int number) {
		JsonNode node;
		try {
			node = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			this.problems.add(new DirectoryProblem(number, null, "invalid JSON: " + ex.getOriginalMessage()));
			return;
		}
		if (!node.isObject()) {
			this.problems.add(new DirectoryProblem(number, null, "each line must be a JSON object"));
			return;
		}
		entry(new JsonLine(node, number, this.problems));
	}

	private void entry(JsonLine line) {
		String type = line.required("type");
		if (type == null) {
			return;
		}
		switch (type) {
			case "unit" -> unit(line);
			case "person" -> person(line);
			case "manager" -> manager(line);
			default -> line.report("type", "unknown type '" + type + "' (expected unit, person or manager)");
		}
	}

	private void unit(JsonLine line) {
		String id = line.required("id");
		String name = line.optional("name");
		UnitKind kind = kind(line);
		String parent = line.optional("parent");
		if (id != null && !line.faulty()) {
			this.units.add(new DirectoryUnit(id, name, kind, parent));
			this.unitLines.add(line.number());
		}
		else if (id != null) {
			this.unreadUnits.add(id);
		}
	}

	private static UnitKind kind(JsonLine line) {
		String kind = line.required("kind");
		if (kind == null) {
			return null;
		}
		try {
			return UnitKind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			line.report("kind", "unknown kind '" + kind + "' (expected one of " + KINDS + ")");
			return null;
		}
	}

	private void person(JsonLine line) {
		String id = line.required("id");
		DirectoryPerson person = new DirectoryPerson((id != null) ? id : "", line.optional("name"),
				line.optional("email"), line.optional("title"), line.texts("units"), line.optional("phone"));
		if (id != null && !line.faulty()) {
			this.people.add(person);
			this.personLines.add(line.number());
		}
		else if (id != null) {
			this.unreadPeople.add(id);
		}
	}

	private void manager(JsonLine line) {
		String unit = line.required("unit");
		String person = line.required("person");
		boolean deputy = line.flag("deputy");
		if (!line.faulty()) {
			this.managers.add(new DirectoryManager(unit, person, deputy));
			this.managerLines.add(line.number());
		}
	}

	private ParsedDirectory parsed() {
		return new ParsedDirectory(new DirectorySnapshot(this.units, this.people, this.managers),
				new SourceLines(this.unitLines, this.personLines, this.managerLines), this.unreadUnits,
				this.unreadPeople, this.problems);
	}
}
