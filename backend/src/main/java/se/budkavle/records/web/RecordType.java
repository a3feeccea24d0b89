package se.budkavle.records.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The kinds of official record the search finds and a disclosure package holds. */
enum RecordType {

	POST, COMMENT, QUESTION, ANSWER;

	/** The name clients use. */
	String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads one name.
	 * @throws InvalidRecordsRequest when it is no kind of record
	 */
	static RecordType of(String field, String key) {
		return Arrays.stream(values())
			.filter((type) -> type.key().equals((key != null) ? key.strip().toLowerCase(Locale.ROOT) : ""))
			.findFirst()
			.orElseThrow(() -> new InvalidRecordsRequest(field, "must be post, comment, question or answer (was \"" + key + "\")"));
	}

	/** Reads a comma-separated list; blank means every kind. */
	static Set<RecordType> list(String field, String keys) {
		if (keys == null || keys.isBlank()) {
			return EnumSet.allOf(RecordType.class);
		}
		Set<RecordType> types = EnumSet.noneOf(RecordType.class);
		for (String key : keys.split(",")) {
			types.add(of(field, key));
		}
		return types;
	}
}
