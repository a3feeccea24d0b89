package se.budkavle.platform;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * An opaque position in a list, so that lists page by {@code ?after=…&limit=…} and stay stable while rows are added.
 *
 * @param values the sort key values of the last row seen
 */
public record Cursor(List<String> values) {

	private static final char SEPARATOR = '\u001f';

	/** The largest page a client may ask for. */
	public static final int MAX_LIMIT = 100;

	public Cursor {
		values = List.copyOf(values);
	}

	public static Cursor of(String... values) {
		return new Cursor(List.of(values));
	}

	/**
	 * Reads a cursor a client sent back.
	 * @param token the token from a previous page's {@code next}
	 * @param size the number of sort key values expected
	 * @return the cursor
	 * @throws InvalidCursor when the token was not made here
	 */
	public static Cursor parse(String token, int size) {
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			List<String> values = List.of(decoded.split(String.valueOf(SEPARATOR), -1));
			if (values.size() != size || values.stream().anyMatch(Cursor::holdsControlCharacters)) {
				throw new InvalidCursor(token);
			}
			return new Cursor(values);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCursor(token);
		}
	}

	private static boolean holdsControlCharacters(String value) {
		try {
			Input.line("after", value);
			return false;
		}
		catch (Input.Refused ex) {
			return true;
		}
	}

	/**
	 * Checks a requested page size.
	 * @param limit the requested size, or {@code null} for the default
	 * @param defaultLimit the size when none is given
	 * @return the size to use
	 * @throws InvalidPageSize when outside 1..{@value #MAX_LIMIT}
	 */
	public static int limit(Integer limit, int defaultLimit) {
		int value = (limit != null) ? limit : defaultLimit;
		if (value < 1 || value > MAX_LIMIT) {
			throw new InvalidPageSize(value);
		}
		return value;
	}

	public String value(int index) {
		return this.values.get(index);
	}

	/**
	 * A sort key value that holds an id.
	 * @param index the position of the value
	 * @return the id
	 * @throws InvalidCursor when the value is not a UUID, so the cursor was not made here
	 */
	public UUID uuid(int index) {
		try {
			return UUID.fromString(value(index));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCursor(token());
		}
	}

	/**
	 * A sort key value that holds a time.
	 * @param index the position of the value
	 * @return the time
	 * @throws InvalidCursor when the value is not a time the hub could have written
	 */
	public Instant instant(int index) {
		try {
			Instant value = Instant.parse(value(index));
			if (!Input.inRange(value)) {
				throw new InvalidCursor(token());
			}
			return value;
		}
		catch (DateTimeException ex) {
			throw new InvalidCursor(token());
		}
	}

	/**
	 * A sort key value that holds a whole number.
	 * @param index the position of the value
	 * @return the number
	 * @throws InvalidCursor when the value is not a whole number
	 */
	public int number(int index) {
		try {
			return Integer.parseInt(value(index));
		}
		catch (NumberFormatException ex) {
			throw new InvalidCursor(token());
		}
	}

	public String token() {
		String joined = String.join(String.valueOf(SEPARATOR), this.values);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
	}

	/** Raised when a client sends a cursor that was not made here. */
	public static class InvalidCursor extends RuntimeException {

		InvalidCursor(String token) {
			super("The cursor '" + token + "' is not valid");
		}
	}

	/** Raised when a client asks for a page size outside the allowed range. */
	public static class InvalidPageSize extends RuntimeException {

		InvalidPageSize(int limit) {
			super("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
		}
	}
}
