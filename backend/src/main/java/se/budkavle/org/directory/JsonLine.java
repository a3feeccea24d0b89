package se.budkavle.org.directory;

import java.util.ArrayList;
import java.util.List;

import se.budkavle.org.DirectoryProblem;
import se.budkavle.platform.Input;
import tools.jackson.databind.JsonNode;

/**
 * One object line of a directory file, read field by field; every field that has the wrong shape is reported with
 * the line number.
 */
final class JsonLine {

	private final JsonNode node;

	private final int number;

	private final List<DirectoryProblem> problems;

	private boolean faulty;

	JsonLine(JsonNode node, int number, List<DirectoryProblem> problems) {
		this.node = node;
		this.number = number;
		this.problems = problems;
	}

	int number() {
		return this.number;
	}

	/** Whether any field of this line was reported. */
	boolean faulty() {
		return this.faulty;
	}

	/** A text that must be present and not blank. */
	String required(String field) {
		String value = optional(field);
		if (value == null && !isMistyped(field)) {
			report(field, "missing " + field);
		}
		return value;
	}

	/** A text that may be absent or null; surrounding white space is dropped and blank counts as absent. */
	String optional(String field) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			report(field, field + " must be a string");
			return null;
		}
		String text = value.stringValue().strip();
		clean(field, text);
		return text.isEmpty() ? null : text;
	}

	boolean flag(String field) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			return false;
		}
		if (!value.isBoolean()) {
			report(field, field + " must be true or false");
			return false;
		}
		return value.booleanValue();
	}

	/** A list of texts that may be absent (an empty list). */
	List<String> texts(String field) {
		JsonNode value = this.node.get(field);
		List<String> texts = new ArrayList<>();
		if (value == null || value.isNull()) {
			return texts;
		}
		if (!value.isArray()) {
			report(field, field + " must be a list of ids");
			return texts;
		}
		for (JsonNode element : value) {
			if (element.isString() && !element.stringValue().isBlank()) {
				clean(field, element.stringValue());
				texts.add(element.stringValue().strip());
			}
			else {
				report(field, field + " must contain only ids (non-empty strings)");
			}
		}
		return texts;
	}

	void report(String field, String message) {
		this.faulty = true;
		this.problems.add(new DirectoryProblem(this.number, field, message));
	}

	/** Reports control characters; the file is then rejected whole, so the text may still be returned. */
	private void clean(String field, String text) {
		try {
			Input.line(field, text);
		}
		catch (Input.Refused ex) {
			report(field, ex.getMessage());
		}
	}

	private boolean isMistyped(String field) {
		JsonNode value = this.node.get(field);
		return value != null && !value.isNull() && !value.isString();
	}
}
