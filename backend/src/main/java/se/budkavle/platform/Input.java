package se.budkavle.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The checks every module's request records make on what a client sends, so that text PostgreSQL cannot store (NUL)
 * or that nobody types (other control characters) and dates outside any sensible range are refused as 422 naming the
 * field, before anything is written.
 */
public final class Input {

	/** The earliest date the hub accepts from a client. */
	public static final Instant EARLIEST = LocalDate.of(2000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

	/** The first date the hub no longer accepts from a client. */
	public static final Instant END = LocalDate.of(3000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

	private Input() {
	}

	/**
	 * Checks one line of text such as a title or a name: no control characters at all.
	 * @param field the field's name in the request, as the client spells it
	 * @param value the value, or {@code null}
	 * @return the value
	 * @throws Refused when it holds a control character
	 */
	public static String line(String field, String value) {
		return check(field, value, false);
	}

	/**
	 * Checks multi-line text such as a body or a reason: line breaks and tabs, but no other control characters.
	 * @param field the field's name in the request, as the client spells it
	 * @param value the value, or {@code null}
	 * @return the value
	 * @throws Refused when it holds a control character other than a line break or tab
	 */
	public static String text(String field, String value) {
		return check(field, value, true);
	}

	/**
	 * Checks a date a client sends against the years 2000–2999.
	 * @param field the field's name in the request
	 * @param value the date, or {@code null}
	 * @return the date
	 * @throws Refused when outside the range
	 */
	public static Instant date(String field, Instant value) {
		if (value != null && (value.isBefore(EARLIEST) || !value.isBefore(END))) {
			throw new Refused(field, "must be a date in the years 2000 to 2999");
		}
		return value;
	}

	/**
	 * Whether a date lies in the range {@link #date} accepts.
	 * @param value the date
	 * @return true when in 2000–2999
	 */
	public static boolean inRange(Instant value) {
		return !value.isBefore(EARLIEST) && value.isBefore(END);
	}

	private static String check(String field, String value, boolean multiLine) {
		if (value == null) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (isControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
				throw new Refused(field, multiLine ? "must not contain control characters other than line breaks "
						+ "and tabs" : "must not contain control characters or line breaks");
			}
			if (Character.isSurrogate(c) && !pairedSurrogate(value, i)) {
				throw new Refused(field, "must be valid Unicode text");
			}
			if (Character.isHighSurrogate(c)) {
				i++;
			}
		}
		return value;
	}

	private static boolean isControl(char c) {
		return c < 0x20 || (c >= 0x7f && c <= 0x9f);
	}

	private static boolean pairedSurrogate(String value, int i) {
		return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
				&& Character.isLowSurrogate(value.charAt(i + 1));
	}

	/** Raised when a field holds what the hub does not accept; answered as 422 {@code invalid-request}. */
	public static class Refused extends RuntimeException {

		private final String field;

		private final String reason;

		public Refused(String field, String reason) {
			super(field + " " + reason);
			this.field = field;
			this.reason = reason;
		}

		public String field() {
			return this.field;
		}

		public String reason() {
			return this.reason;
		}
	}
}
