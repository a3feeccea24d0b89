package se.budkavle.demo;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hands out unique demo e-mail addresses of the form {@code first.last[N]@demo.budkavle.se}, folded to ASCII the way
 * Swedish employers spell addresses (å and ä become a, ö becomes o, é becomes e).
 */
final class DemoEmails {

	static final String DOMAIN = "demo.budkavle.se";

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

	private final Set<String> taken = new HashSet<>();

	/**
	 * The address of a fixed name without a number, for the personas.
	 * @param displayName first name, a space, last name
	 * @return the address
	 */
	static String address(String displayName) {
		int space = displayName.indexOf(' ');
		return localPart(displayName.substring(0, space), displayName.substring(space + 1)) + "@" + DOMAIN;
	}

	/**
	 * Lower-case ASCII words joined by hyphens, as used in addresses and external ids.
	 * @param text any name
	 * @return the slug, such as {@code hemtjanst-syd} for "Hemtjänst Syd"
	 */
	static String slug(String text) {
		String folded = MARKS.matcher(Normalizer.normalize(withoutSeparateLetters(text), Normalizer.Form.NFD))
			.replaceAll("");
		String slug = NOT_SLUG.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
		return slug.replaceAll("^-|-$", "");
	}

	// Letters that are not a base letter plus a mark, so decomposing leaves them as they are.
	private static String withoutSeparateLetters(String text) {
		return text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
			.replace("Æ", "Ae").replace("đ", "d").replace("Đ", "D").replace("ß", "ss");
	}

	/**
	 * Keeps an address from being handed out.
	 * @param address an address already in use
	 */
	void reserve(String address) {
		this.taken.add(address);
	}

	/**
	 * The first free address for a name: {@code first.last}, then {@code first.last2}, {@code first.last3} and so on.
	 * @param firstName the first name
	 * @param lastName the last name
	 * @return an address nobody else has
	 */
	String next(String firstName, String lastName) {
		String localPart = localPart(firstName, lastName);
		String address = localPart + "@" + DOMAIN;
		for (int n = 2; !this.taken.add(address); n++) {
			address = localPart + n + "@" + DOMAIN;
		}
		return address;
	}

	private static String localPart(String firstName, String lastName) {
		return slug(firstName) + "." + slug(lastName);
	}
}
