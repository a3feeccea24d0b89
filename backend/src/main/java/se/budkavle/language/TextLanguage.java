package se.budkavle.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages posts are written in, and so the languages the readability check knows word lists for.
 */
public enum TextLanguage {

	SV, EN;

	/**
	 * The language with the given code.
	 * @param code {@code sv} or {@code en} (any case)
	 * @return the language, or empty for any other code
	 */
	public static Optional<TextLanguage> of(String code) {
		return Arrays.stream(values()).filter((language) -> language.code().equalsIgnoreCase(code)).findFirst();
	}

	/** The ISO 639-1 code, as the API writes it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
