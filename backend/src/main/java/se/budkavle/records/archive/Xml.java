package se.budkavle.records.archive;

/** Escapes text for XML character data and attribute values. */
public final class Xml {

	private Xml() {
	}

	/**
	 * The text with markup characters escaped and characters XML 1.0 forbids dropped.
	 * @param text any text, or {@code null} for the empty string
	 * @return text safe inside an element or a double-quoted attribute
	 */
	public static String text(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((point) -> {
			switch (point) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				default -> {
					if (point == 0x9 || point == 0xA || point == 0xD || (point >= 0x20 && point <= 0xD7FF)
							|| (point >= 0xE000 && point <= 0xFFFD) || point >= 0x10000) {
						out.appendCodePoint(point);
					}
				}
			}
		});
		return out.toString();
	}
}
