package se.budkavle.platform;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * CSV as Swedish Excel opens it (UTF-8 with a byte order mark, semicolons, decimal commas, CRLF), with one formula
 * guard for every export: a cell starting with {@code = + - @}, a tab or a CR is prefixed with an apostrophe, so no
 * name or text anyone wrote can run as a formula.
 */
public final class Csv {

	private static final String BOM = "\uFEFF";

	private Csv() {
	}

	/**
	 * The lines as a file: the byte order mark, then each line.
	 * @param lines lines made by {@link #line(List)}
	 * @return the file's bytes
	 */
	public static byte[] file(List<String> lines) {
		return (BOM + String.join("", lines)).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * One line of cells, ended by CRLF.
	 * @param cells the values: {@code null} is empty, a {@link Double} gets one decimal and a decimal comma, other
	 * numbers are written as they are, anything else as its text, guarded and quoted where needed
	 * @return the line
	 */
	public static String line(List<?> cells) {
		return cells.stream().map(Csv::cell).collect(Collectors.joining(";")) + "\r\n";
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double decimal) {
			return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE")))
				.format(decimal);
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}
}
