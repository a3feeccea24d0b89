package se.budkavle.integration.directory;

import java.util.regex.Pattern;

/**
 * Phone numbers as the hub keeps them: international E.164 form ({@code +46701740605}), whatever way a directory
 * writes them (spaces and dashes dropped, a Swedish leading 0 read as +46, a leading 00 as +).
 */
public final class PhoneNumbers {

	private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]");

	private PhoneNumbers() {
	}

	/**
	 * The number in E.164 form.
	 * @param number the number as written, or {@code null}
	 * @return the normalised number, or {@code null} when it is missing, blank or not a phone number
	 */
	public static String normalise(String number) {
		if (number == null) {
			return null;
		}
		String compact = SEPARATORS.matcher(number).replaceAll("");
		if (compact.startsWith("00")) {
			compact = "+" + compact.substring(2);
		}
		else if (compact.startsWith("0")) {
			compact = "+46" + compact.substring(1);
		}
		return E164.matcher(compact).matches() ? compact : null;
	}
}
