package se.budkavle.comments;

/** Reads the version a client expects from an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}). */
final class IfMatch {

	private IfMatch() {
	}

	/** @return the version, or {@code null} when the header was not sent */
	static Integer version(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.strip();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new InvalidComment("If-Match", "must be the comment's version as its ETag gave it");
		}
	}
}
